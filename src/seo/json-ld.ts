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
  authorName: string;
  authorUrl: string;
  section: string | undefined;
  keywords: readonly string[];
  lang: string;
  imageUrls: readonly string[];
}

/** `NewsArticle` structured data for an article page. */
export function newsArticleJsonLd(article: NewsArticleSource, publisher: Publisher): JsonLd {
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
    author: { '@type': 'Person', name: article.authorName, url: article.authorUrl },
    publisher: publisherJsonLd(publisher),
    keywords: [...article.keywords],
  };
  if (article.section) node['articleSection'] = article.section;
  if (article.imageUrls.length > 0) node['image'] = [...article.imageUrls];
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
