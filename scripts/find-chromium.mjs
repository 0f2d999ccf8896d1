// Finds a Chromium for Playwright, in the order README promises:
// PLAYWRIGHT_CHROMIUM_EXECUTABLE, /usr/bin/chromium, Playwright's own browser, and, when running as
// root on Debian, Debian's chromium package installed through apt-get. Never a browser download.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function playwrightsOwnChromium() {
  try {
    const path = execFileSync(
      process.execPath,
      [
        '-e',
        "import('playwright-core').then(m => process.stdout.write(m.chromium.executablePath()))",
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function hasAptGet() {
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findChromium({ install = true } = {}) {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const own = playwrightsOwnChromium();
  if (own) return own;
  if (install && process.getuid?.() === 0 && hasAptGet()) {
    console.log("No Chromium found: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found for the browser tests: install Debian\'s "chromium" package (apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary.',
  );
}
