import type { APIRoute } from 'astro';
import { rssResponse, siteFeedChannel } from '../queries/feeds.ts';
import { getNewsroom } from '../queries/newsroom.ts';

export const GET: APIRoute = async () => rssResponse(siteFeedChannel(), (await getNewsroom()).articles);
