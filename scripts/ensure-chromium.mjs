// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then /usr/bin/chromium. When it is
// missing and this is Debian with root, installs Debian's package; otherwise says how, without a stack trace.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidate = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(candidate)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log("Chromium not found at /usr/bin/chromium; installing Debian's chromium package (about 20 s)…");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    // Fall through to the message below.
  }
  if (existsSync(candidate)) process.exit(0);
}

console.error(
  [
    '',
    `The browser tests need Chromium, and none was found at ${candidate}.`,
    'Install it, then run the tests again:',
    '  Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium',
    'or point CHROMIUM_PATH at an existing Chromium or Chrome binary:',
    '  CHROMIUM_PATH=/path/to/chromium npm test',
    '',
  ].join('\n'),
);
process.exit(1);
