import type { Element } from 'hast';

/**
 * `rel` for links that leave the site: always `noopener`; a link the writer opens in a new tab
 * (`target="_blank"`) also gets `noreferrer`. Links open in the same tab unless the writer says so.
 */
export function externalLinkRel(link: Element): string[] {
  return link.properties['target'] === '_blank' ? ['noopener', 'noreferrer'] : ['noopener'];
}
