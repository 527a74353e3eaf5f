import { createRoutes } from '../lib/urls.ts';

/** The site's routes under the configured base path. */
export const routes = createRoutes(import.meta.env.BASE_URL);
