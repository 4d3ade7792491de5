// Writes the offline service worker (sw.js) into a built book: Workbox precaches every file of the
// build (pages, scripts, styles, fonts, corpus data, workers, the Pagefind index, the 404 page), each
// with a content hash so the next deploy replaces exactly what changed. The worker sits at the base
// path, so its scope is the book's folder (/ or /course/unrolled/). offline.json tells the page how
// many files the copy holds, for its "Saving… 42%" line.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSW } from 'workbox-build';

/** Built files that are reports about the build, not part of the book. */
const NOT_THE_BOOK = ['js-budget.json', 'offline.json', 'sw.js'];

/** @param {string} dist the built site's folder @returns {Promise<{ count: number, size: number }>} */
export async function writeServiceWorker(dist) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: NOT_THE_BOOK,
    swDest: resolve(dist, 'sw.js'),
    // The largest file is the n-gram table (~1.2 MB); Workbox skips anything above the limit silently.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Astro's bundles carry their hash in the name already; no second revision needed.
    dontCacheBustURLsMatching: /^_astro\//,
    // One file, no workbox-*.js beside it to keep in step.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new version waits until the reader presses Reload (SKIP_WAITING message); the first one takes
    // the open page at once, so its figures' data and workers come from the copy without a reload.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // A figure's settings travel in the query (?radius=0.9), Pagefind adds ?ts=…: the copy ignores them.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // An address that is not in the copy: the server's answer when online (its real 404), and the
    // saved not-found page when the network is gone.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '404.html' } },
      },
    ],
  });
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  writeFileSync(resolve(dist, 'offline.json'), `${JSON.stringify({ files: count, bytes: size })}\n`);
  return { count, size };
}
