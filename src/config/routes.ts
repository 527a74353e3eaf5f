import { createRoutes } from './urls.ts';
import { site } from './site.ts';

/** The site's routes under its base path (`BASE_PATH`), the same setting Astro's `base` reads. */
export const routes = createRoutes(site.base);
