import type { ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isAllowedVideoEmbed, rehypeVideoEmbeds, VIDEO_EMBED_HOSTS } from '#src/content/markdown/video-embeds.ts';

const processor = unified().use(rehypeParse, { fragment: true }).use(rehypeVideoEmbeds).use(rehypeStringify);

function run(html: string): string {
  return String(processor.processSync(html));
}

/** The properties of the first iframe after the plugin has run on some HTML. */
function iframeAfterPlugin(html: string): Record<string, unknown> | undefined {
  const tree = processor.runSync(processor.parse(html)) as Root;
  const find = (nodes: RootContent[] | ElementContent[]): Record<string, unknown> | undefined => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'iframe') return node.properties;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(tree.children);
}

const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups';

describe('isAllowedVideoEmbed', () => {
  it.each([
    ['a youtube-nocookie player', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['a youtube player', 'https://www.youtube.com/embed/dQw4w9WgXcQ'],
    ['a youtube player with a start time', 'https://www.youtube.com/embed/dQw4w9WgXcQ?start=30'],
    ['a vimeo player', 'https://player.vimeo.com/video/76979871'],
    ['a vimeo player with options', 'https://player.vimeo.com/video/76979871?h=abc#t=10s'],
    ['an upper-case host', 'https://WWW.YOUTUBE-NOCOOKIE.COM/embed/x'],
  ])('allows %s', (_label, src) => {
    expect(isAllowedVideoEmbed(src)).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.youtube-nocookie.com/embed/x'],
    ['a protocol-relative URL', '//www.youtube.com/embed/x'],
    ['a relative URL', '/embed/x'],
    ['an empty string', ''],
    ['text that is no URL', 'youtube embed'],
    ['a javascript URL', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['another host', 'https://evil.example/embed/x'],
    ['a lookalike host with the allowed name as a prefix', 'https://www.youtube.com.evil.example/embed/x'],
    ['a lookalike host with the allowed name as a suffix', 'https://evilwww.youtube.com/embed/x'],
    ['a subdomain of an allowed host', 'https://evil.www.youtube.com/embed/x'],
    ['youtube without www', 'https://youtube.com/embed/x'],
    ['vimeo without the player host', 'https://vimeo.com/video/76979871'],
    ['credentials that put the real host last', 'https://www.youtube.com@evil.example/embed/x'],
    ['the watch page', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['a path that only starts like the player path', 'https://www.youtube.com/embedded/x'],
    ['the player path without its slash', 'https://www.youtube.com/embed'],
    ['a dot-segment out of the player path', 'https://www.youtube.com/embed/../watch?v=x'],
    ['an encoded dot-segment out of the player path', 'https://www.youtube.com/embed/%2e%2e/watch?v=x'],
    ['a vimeo host with the youtube path', 'https://player.vimeo.com/embed/x'],
    ['a youtube host with the vimeo path', 'https://www.youtube.com/video/x'],
  ])('rejects %s', (_label, src) => {
    expect(isAllowedVideoEmbed(src)).toBe(false);
  });

  it('lists the three player hosts with their paths', () => {
    expect(VIDEO_EMBED_HOSTS).toEqual([
      { host: 'www.youtube-nocookie.com', path: '/embed/' },
      { host: 'www.youtube.com', path: '/embed/' },
      { host: 'player.vimeo.com', path: '/video/' },
    ]);
  });
});

describe('rehypeVideoEmbeds on an allowed iframe', () => {
  it.each([
    ['youtube-nocookie', 'https://www.youtube-nocookie.com/embed/abc'],
    ['youtube', 'https://www.youtube.com/embed/abc'],
    ['vimeo', 'https://player.vimeo.com/video/123'],
  ])('keeps a %s player sandboxed, lazy and with a safe referrer policy', (_label, src) => {
    const attributes = iframeAfterPlugin(`<iframe src="${src}"></iframe>`);
    expect(attributes).toEqual({
      src,
      title: 'Embedded video',
      width: 560,
      height: 315,
      sandbox: SANDBOX.split(' '),
      allow: 'encrypted-media; picture-in-picture; fullscreen',
      allowFullScreen: true,
      loading: 'lazy',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
  });

  it('writes the sandbox, loading and referrerpolicy attributes into the HTML', () => {
    const html = run('<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>');
    expect(html).toContain(`sandbox="${SANDBOX}"`);
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('referrerpolicy="strict-origin-when-cross-origin"');
    expect(html).toContain('title="Embedded video"');
    expect(html).toMatch(/<iframe [^>]*allowfullscreen[ >]/);
  });

  it.each([
    ['the writer\'s title', ' title="Budget speech"', 'Budget speech'],
    ['the default for an empty title', ' title=""', 'Embedded video'],
    ['the default for no title', '', 'Embedded video'],
  ])('gives the player %s', (_label, titleAttribute, title) => {
    const attributes = iframeAfterPlugin(`<iframe src="https://www.youtube.com/embed/a"${titleAttribute}></iframe>`);
    expect(attributes?.['title']).toBe(title);
  });

  it('keeps the writer\'s width and height', () => {
    const attributes = iframeAfterPlugin('<iframe src="https://www.youtube.com/embed/a" width="640" height="360"></iframe>');
    expect(attributes?.['width']).toBe(640);
    expect(attributes?.['height']).toBe(360);
  });

  it.each([
    ['an event handler', ' onload="alert(1)"', 'onLoad'],
    ['a srcdoc', ' srcdoc="<script>alert(1)</script>"', 'srcDoc'],
    ['a looser sandbox', ' sandbox="allow-top-navigation allow-scripts"', 'sandbox'],
    ['a style', ' style="position:fixed;inset:0"', 'style'],
    ['a name', ' name="frame"', 'name'],
  ])('replaces the writer\'s attributes, dropping %s', (_label, attribute, property) => {
    const attributes = iframeAfterPlugin(`<iframe src="https://www.youtube.com/embed/a"${attribute}></iframe>`);
    expect(attributes).toBeDefined();
    if (property === 'sandbox') expect(attributes?.['sandbox']).toEqual(SANDBOX.split(' '));
    else expect(attributes).not.toHaveProperty(property);
  });

  it('empties the iframe of any fallback content', () => {
    expect(run('<iframe src="https://www.youtube.com/embed/a"><p>Fallback</p></iframe>')).not.toContain('Fallback');
  });
});

describe('rehypeVideoEmbeds on other markup', () => {
  it.each([
    ['a foreign host', '<iframe src="https://evil.example/embed/x"></iframe>'],
    ['a lookalike host', '<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>'],
    ['plain http', '<iframe src="http://www.youtube.com/embed/x"></iframe>'],
    ['no src', '<iframe></iframe>'],
    ['an srcdoc only', '<iframe srcdoc="<p>hi</p>"></iframe>'],
    ['a javascript src', '<iframe src="javascript:alert(1)"></iframe>'],
  ])('removes an iframe with %s', (_label, html) => {
    expect(run(html)).toBe('');
  });

  it('removes a foreign iframe and keeps the text around it', () => {
    expect(run('<p>Before</p><iframe src="https://evil.example/x"></iframe><p>After</p>')).toBe('<p>Before</p><p>After</p>');
  });

  it('removes consecutive foreign iframes without skipping one', () => {
    const html = run(
      '<div><iframe src="https://a.example/"></iframe><iframe src="https://b.example/"></iframe><iframe src="https://c.example/"></iframe></div>',
    );
    expect(html).toBe('<div></div>');
  });

  it('keeps an allowed iframe that follows a removed one', () => {
    const html = '<div><iframe src="https://evil.example/"></iframe><iframe src="https://player.vimeo.com/video/1"></iframe></div>';
    expect(run(html)).not.toContain('evil.example');
    expect(iframeAfterPlugin(html)?.['src']).toBe('https://player.vimeo.com/video/1');
  });

  it('keeps a nested allowed iframe in place', () => {
    const html = run('<figure><iframe src="https://www.youtube.com/embed/a"></iframe><figcaption>Speech</figcaption></figure>');
    expect(html).toMatch(/^<figure><iframe [^>]*><\/iframe><figcaption>Speech<\/figcaption><\/figure>$/);
  });

  it.each([
    ['a paragraph with a link', '<p>Read <a href="https://example.com/">this</a>.</p>'],
    ['an image', '<img src="https://example.com/a.jpg" alt="A" width="10">'],
    ['a video element', '<video src="https://example.com/a.mp4" controls></video>'],
    ['an embed-like div', '<div class="embed" data-src="https://evil.example/"></div>'],
  ])('leaves %s untouched', (_label, html) => {
    expect(run(html)).toBe(html);
  });
});
