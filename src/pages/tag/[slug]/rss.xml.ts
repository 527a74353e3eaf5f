import type { APIRoute, GetStaticPaths } from 'astro';
import type { TopicGroup } from '../../../newsroom/topics.ts';
import { feedChannel, rssResponse } from '../../../feeds/feeds.ts';
import { getNewsroom, type Article } from '../../../newsroom/newsroom.ts';
import { routes } from '../../../config/routes.ts';
import { site } from '../../../config/site.ts';

export const getStaticPaths = (async () => {
  const { topics } = await getNewsroom();
  return topics.map((topic) => ({ params: { slug: topic.slug }, props: { topic } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ topic: TopicGroup<Article> }> = ({ props }) =>
  rssResponse(
    feedChannel({
      title: `${props.topic.name} | ${site.name}`,
      description: `Related news on ${props.topic.name}`,
      pagePath: routes.topic(props.topic.slug),
      rssPath: routes.topicRss(props.topic.slug),
    }),
    props.topic.articles,
  );
