import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface EditorBackend {
  /** The API the editor's `local_backend` calls, `http://127.0.0.1:<port>/api/v1`. */
  apiUrl: string;
  port: number;
  /** What the server printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** A port no one listens on at this moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Decap CMS's local backend (`decap-server`, from node_modules) on 127.0.0.1 in its
 * file-system mode: it reads and writes the files the editor names, relative to `repoDir`.
 * It runs in a process group of its own, so `stop` ends it and anything it started.
 */
export async function startEditorBackend(repoDir: string, port: number): Promise<EditorBackend> {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const entry = require.resolve('decap-server/dist/index.js');
  const child = spawn(process.execPath, [entry], {
    cwd: repoDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'info' },
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  const backend: EditorBackend = { apiUrl, port, log: () => output, stop: () => stopGroup(child) };
  try {
    await waitForInfo(apiUrl, child);
  } catch (error) {
    await backend.stop();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return backend;
}

async function waitForInfo(apiUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited with ${child.exitCode}`);
    try {
      const response = await fetch(apiUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('decap-server did not answer within 20 s');
}

async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await exited;
}
