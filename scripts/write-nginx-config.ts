/**
 * `npm run delivery:nginx`: writes deploy/nginx.conf from the delivery rules in
 * src/delivery/. A unit test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { NGINX_CONFIG_PATH } from '../src/delivery/files.ts';
import { renderNginxConfig } from '../src/delivery/nginx.ts';

writeFileSync(NGINX_CONFIG_PATH, renderNginxConfig());
console.info(`Wrote ${NGINX_CONFIG_PATH}.`);
