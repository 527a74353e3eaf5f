import { defineCollection } from 'astro:content';
import { articlesLoader, authorsLoader } from './content/loaders.ts';
import { articleSchemaWithImage } from './content/schemas/article.ts';
import { authorSchemaWithImage } from './content/schemas/author.ts';

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
