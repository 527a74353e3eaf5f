import { toIsoWithOffset } from '../newsroom/dates.ts';
import { breadcrumbJsonLd, newsArticleJsonLd, profilePageJsonLd, type JsonLd, type Publisher } from './json-ld.ts';
import { absoluteUrl } from '../config/urls.ts';
import { routes } from '../config/routes.ts';
import { site } from '../config/site.ts';
import { getPageShareImage } from './lead-image.ts';
import type { Article, Author } from '../newsroom/newsroom.ts';

/** What an article page's head needs beyond title and description. */
export interface ArticleMeta {
  jsonLd: JsonLd[];
  image: { url: string; width: number; height: number; alt: string };
  publishedIso: string;
  modifiedIso: string;
  section: string | undefined;
}

const LOGO = { file: 'logo-512.png', width: 512, height: 512 };

/** The site as publisher, with its logo. */
export function publisher(): Publisher {
  return {
    name: site.name,
    url: absoluteUrl(site.url, routes.home()),
    logoUrl: absoluteUrl(site.url, routes.asset(LOGO.file)),
    logoWidth: LOGO.width,
    logoHeight: LOGO.height,
  };
}

/** NewsArticle and BreadcrumbList data, and the share image, of an article page. */
export async function getArticleMeta(article: Article): Promise<ArticleMeta> {
  const url = absoluteUrl(site.url, routes.article(article.slug));
  // The lead image, or the drawn card showing the headline: alt text says what each shows.
  const shareImage = await getPageShareImage(article);
  const image = {
    url: shareImage.url,
    width: shareImage.width,
    height: shareImage.height,
    alt: article.imageAlt ?? `${article.title} | ${site.name}`,
  };
  const publishedIso = toIsoWithOffset(article.published, site.timeZone);
  // A correction counts as a change of the page, as `updated` does.
  const modifiedIso = toIsoWithOffset(article.modified, site.timeZone);
  const section = article.topics[0];
  const article_ = newsArticleJsonLd(
    {
      url,
      headline: article.title,
      description: article.summary,
      datePublished: publishedIso,
      dateModified: modifiedIso,
      dateline: `${article.city} (${site.agency})`,
      authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(site.url, routes.author(author.id)) })),
      section: section?.name,
      keywords: article.topics.map((topic) => topic.name),
      lang: article.lang,
      // Caption and credit belong to the photo only, not to a drawn card.
      image: {
        url: shareImage.url,
        width: shareImage.width,
        height: shareImage.height,
        caption: article.image ? article.imageCaption : undefined,
        credit: article.image ? article.imageCredit : undefined,
      },
      corrections: article.corrections.map((correction) => ({
        dateIso: toIsoWithOffset(correction.date.instant, site.timeZone),
        text: correction.text,
      })),
    },
    publisher(),
  );
  const trail = [
    { name: site.name, url: absoluteUrl(site.url, routes.home()) },
    ...(section ? [{ name: section.name, url: absoluteUrl(site.url, routes.topic(section.slug)) }] : []),
    { name: article.title, url },
  ];
  return { jsonLd: [article_, breadcrumbJsonLd(trail)], image, publishedIso, modifiedIso, section: section?.name };
}

/** ProfilePage data of an author page. */
export function getAuthorJsonLd(author: Author): JsonLd[] {
  const sameAs = [author.url, ...Object.values(author.social)].filter((url): url is string => Boolean(url));
  return [
    profilePageJsonLd({
      name: author.name,
      url: absoluteUrl(site.url, routes.author(author.id)),
      sameAs,
      description: author.bioText,
    }),
  ];
}
