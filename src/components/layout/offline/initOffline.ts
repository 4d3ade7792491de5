// Registers the offline service worker (sw.js, written after the build by scripts/serviceWorker.mjs)
// and keeps the sidebar's offline line and the update prompt true to its registration. Without service
// workers, or when the browser refuses storage, the line says so and nothing else changes.
import {
  type OfflineStatus,
  offlineMessage,
  statusOfRegistration,
  UPDATE_MESSAGE,
  updateIsReady,
} from '../../../lib/offline/offlineStatus.ts';
import { basePath } from '../../../lib/paths.ts';

/** How often the first copy's progress is read from the cache while it is being saved. */
const PROGRESS_MS = 400;

function showStatus(status: OfflineStatus): void {
  for (const line of document.querySelectorAll<HTMLElement>('[data-offline-status]')) {
    line.textContent = offlineMessage(status);
    line.dataset.offlineState = status.kind;
  }
}

/** Files Workbox has written so far into this scope's precache (its cache name: workbox-precache-v2-<scope>). */
async function savedFiles(scope: string): Promise<number> {
  try {
    const name = `workbox-precache-v2-${scope}`;
    if (!(await caches.has(name))) return 0;
    return (await (await caches.open(name)).keys()).length;
  } catch {
    return 0;
  }
}

/** The number of files in the copy, from offline.json beside sw.js; undefined if it cannot be read. */
async function totalFiles(base: string): Promise<number | undefined> {
  try {
    const response = await fetch(`${base}offline.json`, { cache: 'no-store' });
    if (!response.ok) return undefined;
    const { files } = (await response.json()) as { files?: unknown };
    return typeof files === 'number' ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Reports the first copy's progress until its worker is active (or has failed and left both slots empty). */
async function followFirstCopy(registration: ServiceWorkerRegistration, base: string): Promise<void> {
  const total = await totalFiles(base);
  while (!registration.active && (registration.installing || registration.waiting)) {
    showStatus({ kind: 'saving', saved: await savedFiles(registration.scope), total });
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_MS));
  }
}

function offerUpdate(registration: ServiceWorkerRegistration): void {
  const region = document.querySelector<HTMLElement>('[data-offline-update]');
  if (!region || region.querySelector('[data-offline-reload]')) return;
  const card = document.createElement('div');
  card.className = 'update-card';
  const text = document.createElement('p');
  text.textContent = UPDATE_MESSAGE;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.dataset.offlineReload = '';
  const later = document.createElement('button');
  later.type = 'button';
  later.className = 'quiet';
  later.textContent = 'Later';
  reload.addEventListener('click', () => {
    const waiting = registration.waiting;
    if (!waiting) {
      location.reload();
      return;
    }
    // The new worker takes over (it claims this page), then the page reloads from the new copy.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  later.addEventListener('click', () => card.remove());
  card.append(text, reload, later);
  region.append(card);
}

function follow(registration: ServiceWorkerRegistration, base: string): void {
  const slots = () => ({
    installing: registration.installing !== null,
    waiting: registration.waiting !== null,
    active: registration.active !== null,
  });
  let saving = false;
  const refresh = () => {
    const status = statusOfRegistration(slots());
    // 'checking' keeps what the line says: after a failed install the registration looks empty again.
    if (status.kind === 'saved') showStatus(status);
    else if (!saving) {
      saving = true;
      void followFirstCopy(registration, base).then(() => {
        saving = false;
        refresh();
      });
    }
    if (updateIsReady(slots())) offerUpdate(registration);
  };
  const watchWorker = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      // A first worker that fails to install (storage full or refused) becomes redundant: no copy.
      if (worker.state === 'redundant' && !registration.active) showStatus({ kind: 'unavailable' });
      else refresh();
    });
  watchWorker(registration.installing);
  registration.addEventListener('updatefound', () => {
    watchWorker(registration.installing);
    refresh();
  });
  refresh();
}

export function initOffline(): void {
  // The dev server has no sw.js (it is written after `astro build`).
  if (!import.meta.env.PROD) return;
  if (!('serviceWorker' in navigator)) {
    showStatus({ kind: 'unsupported' });
    return;
  }
  const base = basePath();
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
    // Playwright's serviceWorkers: 'block' resolves with nothing: a browser without service workers, then.
    (registration: ServiceWorkerRegistration | undefined) =>
      registration ? follow(registration, base) : showStatus({ kind: 'unsupported' }),
    // Private windows, storage turned off and insecure addresses land here; the book is unaffected.
    () => showStatus({ kind: 'unavailable' }),
  );
}
