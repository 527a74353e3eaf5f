import { extensionOf } from './cache.ts';

/** Media types by extension: every kind of file the build writes or `public/` may hold. */
export const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  xml: 'application/xml',
  txt: 'text/plain',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
};

/**
 * Files whose name, not just extension, sets the type: every `rss.xml` (site, author and topic
 * feeds) is RSS, and `feed.json` is a JSON Feed. Other `.xml` files (sitemaps) stay XML.
 */
export const TYPES_BY_FILE_NAME: Readonly<Record<string, string>> = {
  'rss.xml': 'application/rss+xml',
  'feed.json': 'application/feed+json',
};

/** Anything else (such as the search index's own binary files). */
export const DEFAULT_TYPE = 'application/octet-stream';

/** Textual types, served with `charset=utf-8` (every text file the build writes is UTF-8). */
export function isTextType(type: string): boolean {
  return (
    type.startsWith('text/') ||
    /^application\/(?:[\w.-]+\+)?(?:json|xml)$/.test(type) ||
    type === 'image/svg+xml'
  );
}

/** The media type of a file, without parameters. */
export function mediaTypeOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TYPES_BY_FILE_NAME[name] ?? TYPES_BY_EXTENSION[extensionOf(name)] ?? DEFAULT_TYPE;
}

/** The full `Content-Type` of a file: its media type, with the charset for text. */
export function contentTypeOf(path: string): string {
  const type = mediaTypeOf(path);
  return isTextType(type) ? `${type}; charset=utf-8` : type;
}
