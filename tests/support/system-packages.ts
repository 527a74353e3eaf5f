import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian packages the tests use, with the check that each is present. */
const PACKAGES: { name: string; present: () => boolean }[] = [
  { name: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { name: 'python3-feedparser', present: () => succeeds('/usr/bin/python3', ['-c', 'import feedparser']) },
  { name: 'nginx', present: () => existsSync('/usr/sbin/nginx') },
  // Social cards draw headlines with the system's fonts: Urdu needs Noto Nastaliq.
  { name: 'fonts-noto-core', present: () => existsSync('/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf') },
  // The fast card renderer asks fontconfig's fc-match which font files to read.
  { name: 'fontconfig', present: () => existsSync('/usr/bin/fc-match') },
];

/**
 * Makes sure the system packages the tests need are installed: installs the missing ones with
 * apt when running as root, and otherwise stops with the exact command to run.
 */
export default function ensureSystemPackages(): void {
  // One id per test run, inherited by the test workers: shared fixture builds are made once a run.
  process.env['NEWSROOM_TEST_RUN'] = `${Date.now()}-${process.pid}`;
  const missing = PACKAGES.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`The tests need Debian packages that are missing. Run as root:\n  ${command}`);
  }
  console.info(`Installing test dependencies: ${missing.join(', ')}`);
  execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

function succeeds(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
