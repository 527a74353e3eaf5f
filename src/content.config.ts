import { defineCollection } from 'astro:content';
import { articlesLoader, authorsLoader } from './loaders/newsroom-loaders.ts';
import { articleSchemaWithImage } from './schemas/article.ts';
import { authorSchemaWithImage } from './schemas/author.ts';

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(),
    schema: ({ image }) => articleSchemaWithImage(image()),
  }),
  authors: defineCollection({
    loader: authorsLoader(),
    schema: ({ image }) => authorSchemaWithImage(image()),
  }),
};
