/** `_headers` (Netlify, Cloudflare Pages): cache, content types and security headers by path. */
export const HEADERS_FILE = '_headers';
/** `_redirects` (Netlify, Cloudflare Pages): old article URLs to their new ones. */
export const REDIRECTS_FILE = '_redirects';
/** nginx rules of one build (its base path, its renamed articles), included beside deploy/nginx.conf. */
export const NGINX_ROUTES_FILE = 'nginx-routes.conf';

/** Files the build writes for the host, not for readers: hosts and deploy/nginx.conf never serve them. */
export const DELIVERY_FILES: readonly string[] = [HEADERS_FILE, REDIRECTS_FILE, NGINX_ROUTES_FILE];

/** The committed nginx rules of every deployment, relative to the project root. */
export const NGINX_CONFIG_PATH = 'deploy/nginx.conf';
