import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Puts the site's base path in front of root-relative links and image sources in an article
 * body. Writers link as if the site were at the root (`/news/other-slug/`); a site served under
 * `/news-site/` needs `/news-site/news/other-slug/`. Protocol-relative URLs (`//host/`) are left alone.
 */
export function prefixBasePath(tree: Root, base: string): void {
  if (base === '/') return;
  const prefix = base.replace(/\/+$/, '');
  visit(tree, 'element', (node: Element) => {
    for (const property of ['href', 'src'] as const) {
      const value = node.properties[property];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
        node.properties[property] = prefix + value;
      }
    }
  });
}
