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
export const SEARCH_PAGE_POLICY: CspDirectives = withChanges(CONTENT_PAGE_POLICY, SEARCH_PAGE_CHANGES);

/** `policy` with each changed directive's sources replaced, and new directives added at the end. */
function withChanges(policy: CspDirectives, changes: CspDirectives): CspDirectives {
  return [
    ...policy.map(([directive, sources]) => [directive, changes.find(([changed]) => changed === directive)?.[1] ?? sources] as const),
    ...changes.filter(([directive]) => !policy.some(([existing]) => existing === directive)),
  ];
}

/** The GitHub API, where the browser editor reads and commits content, opens branches and pull requests. */
export const GITHUB_API_ORIGIN = 'https://api.github.com';

/**
 * What the browser editor's policy changes from the content pages'. Decap CMS is a React
 * application served from the site itself: its scripts come from 'self' (no inline script: the
 * page passes its settings in data- attributes), but it checks its configuration with ajv, which
 * compiles each JSON schema into a function (`new Function`), so this one folder needs
 * 'unsafe-eval'; and it styles itself with CSS-in-JS, which adds `<style>` elements at run time,
 * so styles need 'unsafe-inline' here and only here. It talks to
 * GitHub's API, shows pictures it has just read or uploaded as blob: and data: URLs, and
 * previews the article in a frame it writes itself. Signing in opens the OAuth page in a
 * pop-up window, which no directive governs.
 */
const ADMIN_PAGE_CHANGES: CspDirectives = [
  ['script-src', ["'self'", "'unsafe-eval'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'https:', 'data:', 'blob:']],
  // blob: too: an uploaded picture is read back from its blob: URL to be committed.
  ['connect-src', ["'self'", 'blob:', GITHUB_API_ORIGIN]],
];

/**
 * Policy of the browser editor's folder (`/admin/`): the editor's page, its configuration and
 * Decap CMS's bundle. Everything else as on content pages.
 */
export const ADMIN_PAGE_POLICY: CspDirectives = withChanges(CONTENT_PAGE_POLICY, ADMIN_PAGE_CHANGES);

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
export type PageKind = 'content' | 'search' | 'admin';

const POLICIES: Record<PageKind, CspDirectives> = {
  content: CONTENT_PAGE_POLICY,
  search: SEARCH_PAGE_POLICY,
  admin: ADMIN_PAGE_POLICY,
};

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
  return ['Content-Security-Policy', renderCsp(POLICIES[kind])];
}
