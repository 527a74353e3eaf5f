import type { APIRoute, GetStaticPaths } from 'astro';
import { feedChannel, rssResponse } from '../../../feeds/feeds.ts';
import { getNewsroom, type Article, type Author } from '../../../newsroom/newsroom.ts';
import { routes } from '../../../config/routes.ts';
import { site } from '../../../config/site.ts';

export const getStaticPaths = (async () => {
  const { authors, articlesByAuthor } = await getNewsroom();
  return authors.map((author) => ({
    params: { id: author.id },
    props: { author, articles: articlesByAuthor.get(author.id) ?? [] },
  }));
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
