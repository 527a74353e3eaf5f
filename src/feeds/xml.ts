import XmlBuilder from 'fast-xml-builder';

/**
 * The XML writer of the feeds' extras and the news sitemap: fast-xml-parser's builder (its own
 * package now, which fast-xml-parser re-exports as deprecated), escaping every text and
 * attribute value. Attributes are keys starting with `@_`, as `@astrojs/rss` reads them back;
 * a list value repeats its element.
 */
const builder = new XmlBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** An element tree as the builder takes it. */
export type XmlTree = Record<string, unknown>;

/** The XML of a tree of elements, escaped, with no declaration and no line breaks. */
export function buildXml(tree: XmlTree): string {
  return builder.build(tree);
}
