import { describe, expect, it } from 'vitest';
import { shareLinks } from '#src/ui/share-links.ts';

const URL_ = 'https://dailyinsight.example/news/karachi-port/';
const HEADLINE = 'Port & "Cranes" <grow> 50%?';

describe('shareLinks', () => {
  const links = shareLinks(URL_, HEADLINE);

  it('offers X, Facebook, WhatsApp, LinkedIn, Telegram and e-mail, each with a spoken label', () => {
    expect(links.map((link) => link.network)).toEqual(['x', 'facebook', 'whatsapp', 'linkedin', 'telegram', 'email']);
    for (const link of links) expect(link.label.toLowerCase()).toContain(link.text.toLowerCase());
  });

  it('carries the canonical URL (and the headline where the network takes one), each parsed back unchanged', () => {
    const params = (href: string) => new URL(href).searchParams;
    const by = new Map(links.map((link) => [link.network, link.href]));
    expect(params(by.get('x')!).get('url')).toBe(URL_);
    expect(params(by.get('x')!).get('text')).toBe(HEADLINE);
    expect(params(by.get('facebook')!).get('u')).toBe(URL_);
    expect(params(by.get('whatsapp')!).get('text')).toBe(`${HEADLINE} ${URL_}`);
    expect(params(by.get('linkedin')!).get('url')).toBe(URL_);
    expect(params(by.get('telegram')!).get('url')).toBe(URL_);
    expect(params(by.get('telegram')!).get('text')).toBe(HEADLINE);
    expect(params(by.get('email')!).get('subject')).toBe(HEADLINE);
    expect(params(by.get('email')!).get('body')).toBe(URL_);
  });

  it('links only to https share pages and mailto, never to a script', () => {
    for (const link of links) expect(link.href).toMatch(/^(https:\/\/|mailto:\?)/);
  });

  it('leaves no raw character of the headline that could break out of the attribute or query', () => {
    // "&" stays only as the query's own separator: the headline's ampersand is encoded.
    for (const link of links) {
      expect(link.href).not.toMatch(/[<>"\s%]?[<>"\s]/);
      expect(link.href.split(/[?&]/).slice(1).every((pair) => /^[a-z]+=[^&]*$/.test(pair))).toBe(true);
    }
  });
});
