import type { APIRoute } from 'astro';
import { rssResponse, siteFeedChannel } from '../feeds/feeds.ts';
import { getNewsroom } from '../newsroom/newsroom.ts';

export const GET: APIRoute = async () => rssResponse(siteFeedChannel(), (await getNewsroom()).articles);
