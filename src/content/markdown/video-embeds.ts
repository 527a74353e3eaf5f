import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Hosts whose embedded players may appear in articles, with the path their players live under. */
export const VIDEO_EMBED_HOSTS: readonly { host: string; path: string }[] = [
  { host: 'www.youtube-nocookie.com', path: '/embed/' },
  { host: 'www.youtube.com', path: '/embed/' },
  { host: 'player.vimeo.com', path: '/video/' },
];

/** True for an https URL of an allowed video player. */
export function isAllowedVideoEmbed(src: string): boolean {
  try {
    const url = new URL(src);
    return (
      url.protocol === 'https:' &&
      VIDEO_EMBED_HOSTS.some((allowed) => url.hostname === allowed.host && url.pathname.startsWith(allowed.path))
    );
  } catch {
    return false;
  }
}

/**
 * Rehype plugin, run after sanitizing: keeps iframes only from the video allowlist and puts
 * them in a sandbox (scripts for the player, no top navigation), lazy-loaded, with a title for
 * screen readers. Every other iframe is removed.
 */
export function rehypeVideoEmbeds() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'iframe' || !parent || index === undefined) return;
      const src = typeof node.properties['src'] === 'string' ? node.properties['src'] : '';
      if (!isAllowedVideoEmbed(src)) {
        parent.children.splice(index, 1);
        return index;
      }
      const title = typeof node.properties['title'] === 'string' && node.properties['title'] ? node.properties['title'] : 'Embedded video';
      node.properties = {
        src,
        title,
        width: node.properties['width'] ?? 560,
        height: node.properties['height'] ?? 315,
        sandbox: ['allow-scripts', 'allow-same-origin', 'allow-presentation', 'allow-popups'],
        allow: 'encrypted-media; picture-in-picture; fullscreen',
        allowFullScreen: true,
        loading: 'lazy',
        referrerPolicy: 'strict-origin-when-cross-origin',
      };
      node.children = [];
      return undefined;
    });
  };
}
