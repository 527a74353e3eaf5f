import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { NGINX_CONFIG_PATH, NGINX_ROUTES_FILE } from '#src/delivery/files.ts';

/** Debian's nginx, installed by `.ci/run` and the tests' system-package check. */
export const NGINX_PATH = '/usr/sbin/nginx';

export interface NginxServer {
  /** Origin, like `http://127.0.0.1:40123`. */
  origin: string;
  /** What `nginx -t` printed about the configuration (warnings included). */
  configTest: string;
  /** The error log so far, for messages when a request goes wrong. */
  errorLog(): string;
  /** Stops nginx (and anything in its process group) and removes its folder. */
  close(): Promise<void>;
}

/**
 * Serves a build with Debian's nginx on 127.0.0.1, as docs/deploy.md's recipe does: a server block
 * whose root holds the site at its base path, including deploy/nginx.conf and the build's
 * nginx-routes.conf. Logs, pid and temp files stay in a temp folder; nginx runs as a single
 * foreground process in a process group of its own, so close() stops exactly what was started.
 */
export async function startNginx(outDir: string, base: string): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-nginx-'));
  const root = siteRoot(dir, resolve(outDir), base);
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  const errorLog = join(dir, 'error.log');
  writeFileSync(config, serverConfig({ dir, root, port, outDir: resolve(outDir) }));
  const args = ['-p', dir, '-e', errorLog, '-c', config];
  const test = spawnSync(NGINX_PATH, ['-t', ...args], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`nginx -t failed:\n${test.stderr}`);
  }
  const child = spawn(NGINX_PATH, args, { detached: true, stdio: 'ignore' });
  // Should the test process end without closing the server (a crash, Ctrl-C), nginx goes too.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);
  const close = async () => {
    await stop(child);
    process.removeListener('exit', killOnExit);
    rmSync(dir, { recursive: true, force: true });
  };
  const origin = `http://127.0.0.1:${port}`;
  const readLog = () => safeRead(errorLog);
  try {
    await waitUntilServing(child, origin, readLog);
  } catch (error) {
    await close();
    throw error;
  }
  return { origin, configTest: test.stderr, errorLog: readLog, close };
}

/** The folder nginx's root points at: the output itself, or a folder holding it at the base path. */
function siteRoot(dir: string, outDir: string, base: string): string {
  if (base === '/') return outDir;
  const root = join(dir, 'www');
  const mount = join(root, ...base.split('/').filter(Boolean));
  mkdirSync(dirname(mount), { recursive: true });
  symlinkSync(outDir, mount);
  return root;
}

function serverConfig({ dir, root, port, outDir }: { dir: string; root: string; port: number; outDir: string }): string {
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  return `daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events {
    worker_connections 64;
}
http {
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${resolve(NGINX_CONFIG_PATH)};
        include ${join(outDir, NGINX_ROUTES_FILE)};
    }
}
`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

async function waitUntilServing(child: ChildProcess, origin: string, readLog: () => string): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`nginx exited at start:\n${readLog()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`nginx did not answer within 10 s:\n${readLog()}`);
}

/** Ends the process group nginx leads (only nginx, started here), waiting for it to go. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  signalGroup(child, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Signals the process group that `child` leads (it was spawned detached, so it leads one). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
