// Browser tests against the real production build, served by `astro preview`, in Debian's Chromium.
// Two projects: 'root' runs every spec on the build at the domain root; 'subpath' runs the site-wide
// checks and search again, and the offline copy, on a second build served under SUBPATH_BASE (`npm run build:subpath`),
// so the book is proven to work in a folder of a course's site. Only those three specs run there, without the
// checks that cannot depend on the base path: the whole suite must stay inside CI's time budget. A third,
// 'measure', exists only under `npm run measure:browser` (UNROLLED_MEASURE=1): the specs in tests/e2e/measure
// print how fast figures train in this browser and take minutes, so `npm test` never runs them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4329);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

export const SUBPATH_BASE = '/course/unrolled/';
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? PORT + 1);
const SUBPATH_OUT_DIR = process.env.UNROLLED_SUBPATH_OUT_DIR ?? 'dist-subpath';
const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`;
// `npm run test:e2e` always builds it; a run of one spec without that build simply has no 'subpath' project
// (and `--project=subpath` then fails with "Project not found" rather than testing a stale build).
const hasSubpathBuild = existsSync(join(SUBPATH_OUT_DIR, 'index.html'));

const previewServer = (port: number, env: Record<string, string>) => ({
  command: `npm run preview -- --ignore-lock --host 127.0.0.1 --port ${port}`,
  env,
  timeout: 300_000,
  reuseExistingServer: !process.env.CI,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
});

const projects: PlaywrightTestConfig['projects'] = [
  {
    name: 'root',
    // The offline copy runs at the sub-path only: the same service worker with a base path to get right (28 s a run).
    testIgnore: hasSubpathBuild ? ['measure/**', 'offline.spec.ts'] : ['measure/**'],
    use: { baseURL: BASE_URL },
    metadata: { outDir: process.env.UNROLLED_OUT_DIR ?? 'dist' },
  },
];
const webServer = [{ ...previewServer(PORT, { BASE: '/' }), url: BASE_URL }];
if (process.env.UNROLLED_MEASURE)
  projects.push({
    name: 'measure',
    testDir: 'tests/e2e/measure',
    timeout: 600_000,
    use: { baseURL: BASE_URL },
    metadata: { outDir: process.env.UNROLLED_OUT_DIR ?? 'dist' },
  });
if (hasSubpathBuild) {
  projects.push({
    name: 'subpath',
    testMatch: ['site.spec.ts', 'search.spec.ts', 'offline.spec.ts'],
    // Contrast, focus rings, layout shift and layout width do not depend on the base path; links, requests, workers,
    // data, search and the policy do, and those checks all run here.
    grepInvert: /axe violations|does not shift|fits a 360 px phone|with JavaScript off/,
    use: { baseURL: SUBPATH_URL },
    metadata: { outDir: SUBPATH_OUT_DIR },
  });
  webServer.push({
    ...previewServer(SUBPATH_PORT, { BASE: SUBPATH_BASE, UNROLLED_OUT_DIR: SUBPATH_OUT_DIR }),
    url: SUBPATH_URL,
  });
}

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two workers on two cores. A third was tried: the full run took as long (19.4 min against 19.3) and two
  // tests that wait on the machine (the offline copy, a training run's pause) timed out. E2E_WORKERS overrides it.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    // The book registers an offline service worker that copies all of it (~6.5 MB) on the first visit:
    // every other spec would pay for that copy in every fresh context, and page.route() does not see
    // requests a service worker answers. offline.spec.ts allows it; elsewhere the book runs as in a
    // browser without service workers (its sidebar says so, and nothing else changes).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without the background-networking flags Chromium's own connections are refused by a closed network.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects,
  webServer,
});
