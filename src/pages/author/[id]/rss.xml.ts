import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannel, rssResponse } from '../../../feeds/feeds.ts';
import { getNewsroom, type Article, type Author } from '../../../newsroom/newsroom.ts';
import { routes } from '../../../config/routes.ts';
import { site } from '../../../config/site.ts';
import { digestOf, pageKey } from '../../../newsroom/snapshot.ts';

export const getStaticPaths = (async () => {
  const { authors, articlesByAuthor } = await getNewsroom();
  return authors.map((author) => {
    const articles = articlesByAuthor.get(author.id) ?? [];
    return {
      params: { id: author.id },
      props: { author, articles },
      // Keyed by what the feed holds: written again only when its latest items change.
      cacheKey: pageKey('author-feed', digestOf(author), articles.slice(0, site.pageSizes.feed).map(digestOf)),
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author; articles: Article[] }> = ({ props }) =>
  rssResponse(
    feedChannel({
      title: `${props.author.name} | ${site.name}`,
      description: `Articles by ${props.author.name}`,
      pagePath: routes.author(props.author.id),
      rssPath: routes.authorRss(props.author.id),
    }),
    props.articles,
  );
