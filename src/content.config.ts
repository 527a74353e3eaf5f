import { defineCollection } from 'astro:content';
import { articlesLoader, authorsLoader } from './loaders/newsroom-loaders.ts';
import { createArticleSchema } from './schemas/article.ts';
import { createAuthorSchema } from './schemas/author.ts';

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(),
    schema: ({ image }) => createArticleSchema(image()),
  }),
  authors: defineCollection({
    loader: authorsLoader(),
    schema: ({ image }) => createAuthorSchema(image()),
  }),
};
