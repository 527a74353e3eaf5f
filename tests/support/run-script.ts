import { spawnSync } from 'node:child_process';

export interface ScriptResult {
  exitCode: number | null;
  output: string;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) with the tests' Node, as npm would. */
export function runScript(name: string, args: string[], env: Record<string, string>): ScriptResult {
  const result = spawnSync(process.execPath, [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  return { exitCode: result.status, output: `${result.stdout}${result.stderr}` };
}
