import { VIDEO_EMBED_HOSTS } from '../content/markdown/video-embeds.ts';

/** A Content-Security-Policy as directive → sources, in the order they are written. */
export type CspDirectives = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/** Origins of the video players the sanitizer keeps in articles: the only frames pages embed. */
export const VIDEO_EMBED_ORIGINS: readonly string[] = VIDEO_EMBED_HOSTS.map(({ host }) => `https://${host}`);

/**
 * Policy of every page but search. Pages load no JavaScript, so `script-src 'none'` rather than
 * `'self'`: a script that ever slips into a page (an injected tag, a component that starts
 * shipping one) is refused by the browser instead of running with the site's authority. JSON-LD
 * blocks (`<script type="application/ld+json">`) are data, never executed, so the policy does not
 * touch them. Styles come only from the stylesheet files (Astro is set never to inline them, and
 * the sanitizer strips `style` from articles). Images may come from any https origin, as
 * articles may show pictures hosted elsewhere; frames only from the allowed video players.
 * Fonts, fetches and media fall back to `default-src 'self'`.
 */
export const CONTENT_PAGE_POLICY: CspDirectives = [
  ['default-src', ["'self'"]],
  ['script-src', ["'none'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'https:']],
  ['frame-src', VIDEO_EMBED_ORIGINS],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/** What the search page's policy changes from the content pages'. */
const SEARCH_PAGE_CHANGES: CspDirectives = [
  // Pagefind's scripts from the site itself (no inline script: the page passes its settings in
  // data- attributes) and its WebAssembly: 'wasm-unsafe-eval' allows compiling WebAssembly,
  // never `eval` of JavaScript.
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  // Pagefind's stylesheet draws its search icon as an SVG data: URL.
  ['img-src', ["'self'", 'https:', 'data:']],
  ['worker-src', ["'self'"]],
];

/**
 * Policy of the search page's folder: the one page with JavaScript, its script and Pagefind's
 * bundle. The bundle needs it too: a web worker runs under the policy of its own script's
 * response, and Pagefind's worker compiles the WebAssembly. Everything else as on content pages.
 */
export const SEARCH_PAGE_POLICY: CspDirectives = [
  ...CONTENT_PAGE_POLICY.map(([directive, sources]) => [
    directive,
    SEARCH_PAGE_CHANGES.find(([changed]) => changed === directive)?.[1] ?? sources,
  ] as const),
  ...SEARCH_PAGE_CHANGES.filter(([directive]) => !CONTENT_PAGE_POLICY.some(([existing]) => existing === directive)),
];

/** The header value of a policy. */
export function renderCsp(policy: CspDirectives): string {
  return policy.map(([directive, sources]) => [directive, ...sources].join(' ')).join('; ');
}

/** Browser features no page uses, switched off for the page and every frame in it. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
];

/** Features the embedded video players ask for in their `allow` attribute (see video-embeds.ts). */
const VIDEO_FEATURES = ['encrypted-media', 'fullscreen', 'picture-in-picture'];

/** The `Permissions-Policy` value: video features for the site and the players, nothing else. */
export function renderPermissionsPolicy(): string {
  const players = VIDEO_EMBED_ORIGINS.map((origin) => `"${origin}"`).join(' ');
  return [
    ...DISABLED_FEATURES.map((feature) => `${feature}=()`),
    ...VIDEO_FEATURES.map((feature) => `${feature}=(self ${players})`),
  ].join(', ');
}

/** Which policy a page gets. */
export type PageKind = 'content' | 'search';

/** A header name and value. */
export type Header = readonly [name: string, value: string];

/** Headers every response carries, whatever the path. */
export function commonSecurityHeaders(): Header[] {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', renderPermissionsPolicy()],
    // A year, this host only: subdomains may still serve plain http.
    ['Strict-Transport-Security', 'max-age=31536000'],
    // frame-ancestors in the CSP, for browsers that predate it.
    ['X-Frame-Options', 'DENY'],
  ];
}

/** The Content-Security-Policy header of a page kind. */
export function cspHeader(kind: PageKind): Header {
  return ['Content-Security-Policy', renderCsp(kind === 'search' ? SEARCH_PAGE_POLICY : CONTENT_PAGE_POLICY)];
}
