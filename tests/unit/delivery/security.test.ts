import { describe, expect, it } from 'vitest';
import {
  ADMIN_PAGE_POLICY,
  commonSecurityHeaders,
  CONTENT_PAGE_POLICY,
  cspHeader,
  renderPermissionsPolicy,
  SEARCH_PAGE_POLICY,
} from '#src/delivery/security.ts';
import { isAllowedVideoEmbed, VIDEO_EMBED_HOSTS } from '#src/content/markdown/video-embeds.ts';

/** A rendered policy as directive → sources, as a browser parses it. */
function parseCsp(value: string): Map<string, string[]> {
  return new Map(
    value.split(';').map((part) => {
      const [directive = '', ...sources] = part.trim().split(/\s+/);
      return [directive, sources];
    }),
  );
}

/** The sources a browser applies to scripts: script-src, or default-src without it. */
function scriptSources(policy: Map<string, string[]>): string[] {
  return policy.get('script-src') ?? policy.get('default-src') ?? [];
}

const content = parseCsp(cspHeader('content')[1]);
const search = parseCsp(cspHeader('search')[1]);
const admin = parseCsp(cspHeader('admin')[1]);

describe('Content-Security-Policy', () => {
  it.each([
    ['content', content],
    ['search', search],
  ])('gives %s pages no inline script, no eval and no inline style', (_kind, policy) => {
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
    expect(scriptSources(policy)).not.toContain("'unsafe-eval'");
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('runs no script at all on content pages', () => {
    expect(scriptSources(content)).toEqual(["'none'"]);
  });

  it("lets the search page run the site's own scripts, WebAssembly and worker, and Pagefind's icon", () => {
    expect(scriptSources(search)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(search.get('worker-src')).toEqual(["'self'"]);
    expect(search.get('img-src')).toContain('data:');
    expect(content.get('img-src')).not.toContain('data:');
  });

  it('changes nothing else for the search page', () => {
    const changed = ['script-src', 'img-src', 'worker-src'];
    for (const [directive, sources] of content) {
      if (!changed.includes(directive)) expect(search.get(directive), directive).toEqual(sources);
    }
  });

  it("lets the editor run the site's own scripts (with the eval its config check needs) and reach GitHub's API", () => {
    expect(scriptSources(admin)).toEqual(["'self'", "'unsafe-eval'"]);
    expect(scriptSources(admin)).not.toContain("'unsafe-inline'");
    expect(admin.get('connect-src')).toEqual(["'self'", 'blob:', 'https://api.github.com']);
    expect(admin.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(admin.get('img-src')).toEqual(["'self'", 'https:', 'data:', 'blob:']);
    expect(admin.get('object-src')).toEqual(["'none'"]);
    expect(admin.get('frame-ancestors')).toEqual(["'none'"]);
    expect(admin.get('base-uri')).toEqual(["'none'"]);
  });

  it('changes nothing else for the editor', () => {
    const changed = ['script-src', 'style-src', 'img-src', 'connect-src'];
    for (const [directive, sources] of content) {
      if (!changed.includes(directive)) expect(admin.get(directive), directive).toEqual(sources);
    }
    expect([...admin.keys()].filter((directive) => !content.has(directive))).toEqual(['connect-src']);
  });

  it('frames every video player the sanitizer keeps, and nothing else', () => {
    const framed = content.get('frame-src') ?? [];
    for (const { host, path } of VIDEO_EMBED_HOSTS) {
      const embed = `https://${host}${path}abc123`;
      expect(isAllowedVideoEmbed(embed)).toBe(true);
      expect(framed).toContain(new URL(embed).origin);
    }
    expect(framed).toHaveLength(VIDEO_EMBED_HOSTS.length);
    expect(framed.every((source) => source.startsWith('https://'))).toBe(true);
  });

  it('renders each directive once, in the order the policy lists them', () => {
    for (const policy of [CONTENT_PAGE_POLICY, SEARCH_PAGE_POLICY, ADMIN_PAGE_POLICY]) {
      const names = policy.map(([directive]) => directive);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(cspHeader('content')[1]).toMatch(/^default-src 'self'; script-src 'none'; /);
  });
});

describe('other security headers', () => {
  it('sends nosniff, the referrer policy, HSTS and a frame ban', () => {
    const headers = new Map(commonSecurityHeaders());
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}/);
    expect(headers.get('X-Frame-Options')).toBe('DENY');
  });

  it('switches off sensors, camera and microphone, and leaves the players their full screen', () => {
    const features = new Map(
      renderPermissionsPolicy()
        .split(', ')
        .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
    );
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(features.get(feature)).toBe('()');
    for (const { host } of VIDEO_EMBED_HOSTS) {
      expect(features.get('fullscreen')).toContain(`"https://${host}"`);
      expect(features.get('encrypted-media')).toContain(`"https://${host}"`);
    }
    expect(features.get('fullscreen')).toMatch(/^\(self /);
  });
});
