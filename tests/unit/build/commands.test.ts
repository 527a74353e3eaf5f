import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, npmBuildScript } from '#src/build/commands.ts';

describe('the build steps', () => {
  it('are what `npm run build` runs, in order', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toBe(npmBuildScript());
  });

  it('run each step as its npm command says, Node options included', () => {
    for (const step of BUILD_STEPS) {
      const command = step.npmCommand.split(' ');
      const run = command[0] === 'node' ? command.slice(1) : ['node_modules/astro/bin/astro.mjs', ...command.slice(1)];
      expect(run).toEqual([...step.nodeArgs, step.script, ...step.args]);
    }
  });

  it('name scripts that exist', () => {
    for (const step of BUILD_STEPS) expect(existsSync(step.script), step.script).toBe(true);
  });

  it('join steps so that a failed one stops the build', () => {
    const steps = [
      { name: 'a', nodeArgs: [], script: 'a.ts', args: [], npmCommand: 'node a.ts' },
      { name: 'b', nodeArgs: [], script: 'b.ts', args: ['x'], npmCommand: 'node b.ts x' },
    ];
    expect(npmBuildScript(steps)).toBe('node a.ts && node b.ts x');
  });
});
