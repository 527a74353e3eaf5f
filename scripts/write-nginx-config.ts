/**
 * `npm run delivery:nginx`: writes deploy/nginx.conf from the delivery rules in
 * src/lib/delivery/. A unit test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { NGINX_CONFIG_PATH } from '../src/lib/delivery/files.ts';
import { renderNginxConfig } from '../src/lib/delivery/nginx.ts';

writeFileSync(NGINX_CONFIG_PATH, renderNginxConfig());
console.info(`Wrote ${NGINX_CONFIG_PATH}.`);
