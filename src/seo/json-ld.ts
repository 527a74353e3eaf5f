/** A JSON-LD node: plain JSON values. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * written as `\u003c`-style escapes, so no frontmatter text (`</script>`, `<!--`) can end or
 * alter the element; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

/** The publisher, as Google wants it for news: a NewsMediaOrganization with a logo. */
export interface Publisher {
  name: string;
  url: string;
  logoUrl: string;
  logoWidth: number;
  logoHeight: number;
}

/** A person named in a byline; the URL is absolute. */
export interface PersonSource {
  name: string;
  url: string;
}

/** The picture a page shares, with what its caption and credit say. */
export interface ImageSource {
  url: string;
  width: number;
  height: number;
  caption?: string | undefined;
  /** Who made the picture, as the page credits it. */
  credit?: string | undefined;
}

/** A correction of the article: when (ISO 8601 with offset) and what. */
export interface CorrectionSource {
  dateIso: string;
  text: string;
}

/** What a NewsArticle needs of an article; URLs are absolute. */
export interface NewsArticleSource {
  url: string;
  headline: string;
  description: string;
  /** ISO 8601 with offset. */
  datePublished: string;
  dateModified: string;
  /** "Islamabad (TDI)". */
  dateline: string;
  /** The authors in byline order: one `Person` each. */
  authors: readonly PersonSource[];
  section: string | undefined;
  keywords: readonly string[];
  lang: string;
  image: ImageSource | undefined;
  corrections: readonly CorrectionSource[];
}

/** `NewsArticle` structured data for an article page. */
export function newsArticleJsonLd(article: NewsArticleSource, publisher: Publisher): JsonLd {
  const people = article.authors.map((author): JsonLd => ({ '@type': 'Person', name: author.name, url: author.url }));
  const node: JsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url },
    url: article.url,
    headline: article.headline,
    description: article.description,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    dateline: article.dateline,
    inLanguage: article.lang,
    // One Person for a single author, as before; a list for a story written together.
    author: people.length === 1 && people[0] ? people[0] : people,
    publisher: publisherJsonLd(publisher),
    keywords: [...article.keywords],
  };
  if (article.section) node['articleSection'] = article.section;
  if (article.image) node['image'] = [imageObjectJsonLd(article.image)];
  if (article.corrections.length > 0) {
    node['correction'] = article.corrections.map((correction) => ({
      '@type': 'CorrectionComment',
      text: correction.text,
      datePublished: correction.dateIso,
    }));
  }
  return node;
}

function imageObjectJsonLd(image: ImageSource): JsonLd {
  const node: JsonLd = { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height };
  if (image.caption) node['caption'] = image.caption;
  if (image.credit) node['creditText'] = image.credit;
  return node;
}

/** `ProfilePage` with the author as its `Person`, for author pages. */
export function profilePageJsonLd(author: { name: string; url: string; sameAs: readonly string[]; description: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: author.url,
    mainEntity: {
      '@type': 'Person',
      name: author.name,
      url: author.url,
      description: author.description,
      sameAs: [...author.sameAs],
    },
  };
}

/** A BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

function publisherJsonLd(publisher: Publisher): JsonLd {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logoUrl, width: publisher.logoWidth, height: publisher.logoHeight },
  };
}
