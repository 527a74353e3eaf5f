import type { APIRoute, GetStaticPaths } from 'astro';
import type { TopicGroup } from '../../../newsroom/topics.ts';
import { feedChannel, rssResponse } from '../../../feeds/feeds.ts';
import { getNewsroom, type Article } from '../../../newsroom/newsroom.ts';
import { routes } from '../../../config/routes.ts';
import { site } from '../../../config/site.ts';
import { digestOf, pageKey } from '../../../newsroom/snapshot.ts';

// Keyed by what the feed holds: a topic's feed is written again only when its latest items change.
export const getStaticPaths = (async () => {
  const { topics } = await getNewsroom();
  return topics.map((topic) => ({
    params: { slug: topic.slug },
    props: { topic },
    cacheKey: pageKey('topic-feed', topic.slug, topic.name, topic.articles.slice(0, site.pageSizes.feed).map(digestOf)),
  }));
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
