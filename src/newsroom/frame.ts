import { site } from '../config/site.ts';
import { getNewsroom } from './newsroom.ts';

/** What every page's frame shows: navigation topics and the sidebar blocks. */
export async function getFrame() {
  const newsroom = await getNewsroom();
  return {
    now: newsroom.now,
    navTopics: newsroom.topics.slice(0, site.counts.navTopics),
    trending: newsroom.trending,
    latest: newsroom.latest,
    followUs: newsroom.followUs,
  };
}

export type Frame = Awaited<ReturnType<typeof getFrame>>;
