import { createRoutes } from './urls.ts';
import { site } from './site.ts';

/** The site's routes under its base path (`BASE_PATH`), the same setting Astro's `base` reads. */
export const routes = createRoutes(site.base);

/**
 * Routes from the site root, whatever the base path: as writers write links in Markdown (the
 * renderer adds the base) and as files lie in the build output.
 */
export const rootRoutes = createRoutes('/');
