import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve, sep } from 'node:path';
import { contentTypeOf } from '#src/delivery/content-types.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from `root` on 127.0.0.1 at a free port, as a plain static host does:
 * `/x/` serves `/x/index.html`, and unknown paths get `/404.html` with status 404.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    let status = 200;
    if (!file.startsWith(base + sep) || !(await isFile(file))) {
      file = join(base, '404.html');
      status = 404;
    }
    // The types the site's hosts send (src/delivery/), so browser tests see what readers get.
    response.writeHead(status, { 'content-type': contentTypeOf(file) });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
