import type { APIRoute, GetStaticPaths } from 'astro';
import { getNewsroom, type Article } from '../../../queries/newsroom.ts';
import { getSocialCardPng, needsSocialCard } from '../../../queries/social-card.ts';

/** A drawn share card for every published article without a lead image. */
export const getStaticPaths = (async () => {
  const { articles } = await getNewsroom();
  return articles.filter(needsSocialCard).map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(new Uint8Array(await getSocialCardPng(props.article)), { headers: { 'Content-Type': 'image/png' } });
