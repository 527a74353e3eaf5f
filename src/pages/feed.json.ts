import type { APIRoute } from 'astro';
import { jsonFeedResponse, siteFeedChannel } from '../feeds/feeds.ts';
import { getNewsroom } from '../newsroom/newsroom.ts';

export const GET: APIRoute = async () => jsonFeedResponse(siteFeedChannel(), (await getNewsroom()).articles);
