import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml } from '#src/feeds/xml.ts';

describe('escapeXml', () => {
  it.each([
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["it's", "it's"],
    ['&amp;', '&amp;amp;'],
    ['&lt;script&gt;', '&amp;lt;script&amp;gt;'],
    ['a]]>b', 'a]]&gt;b'],
    ['<![CDATA[x]]>', '&lt;![CDATA[x]]&gt;'],
    ['کراچی', 'کراچی'],
    ['plain text', 'plain text'],
    ['', ''],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeXml(text)).toBe(escaped);
  });

  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
  });

  it.each([
    ['Tom & Jerry <live> "tonight"'],
    ['</title><evil attr="x"/>'],
    ['&amp; &#x26; &lt;'],
    ["O'Neil & Sons"],
    ['نیوز & ویوز'],
  ])('gives text that reads back unchanged from element content and a double-quoted attribute: %j', (text) => {
    const xml = `<root attr="${escapeXml(text)}"><child>${escapeXml(text)}</child></root>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const { root } = parser.parse(xml) as { root: { '@_attr': string; child: string } };
    expect(root['@_attr']).toBe(text);
    expect(root.child).toBe(text);
  });
});
