import type { APIRoute } from 'astro';
import { jsonFeedResponse, siteFeedChannel } from '../queries/feeds.ts';
import { getNewsroom } from '../queries/newsroom.ts';

export const GET: APIRoute = async () => jsonFeedResponse(siteFeedChannel(), (await getNewsroom()).articles);
