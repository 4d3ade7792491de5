// What the reader is told about the book's offline copy, as plain data: the page's service-worker
// wiring (components/layout/offline) turns browser events into an OfflineStatus, and this decides the words.

/** The offline copy's state, as far as the page can tell. */
export type OfflineStatus =
  /** Nothing known yet (the registration is still being asked for): say nothing. */
  | { kind: 'checking' }
  /** No service workers here (an old browser, or one that blocks them): the book works online only. */
  | { kind: 'unsupported' }
  /** The browser refused to keep a copy (a private window, storage turned off or full, an insecure address). */
  | { kind: 'unavailable' }
  /** The first copy is being saved: `saved` of `total` files so far (`total` unknown until the list arrives). */
  | { kind: 'saving'; saved: number; total: number | undefined }
  /** Every page, figure, data file and the search index is in the browser's cache. */
  | { kind: 'saved' };

/** The registration as the page sees it: which of its three worker slots are filled. */
export interface RegistrationSlots {
  installing: boolean;
  waiting: boolean;
  active: boolean;
}

/**
 * The copy's state from a registration. A worker installing beside an active one is an update (the
 * old copy still serves every page, so the book stays saved); one installing alone is the first copy.
 */
export function statusOfRegistration(slots: RegistrationSlots): OfflineStatus {
  if (slots.active) return { kind: 'saved' };
  if (slots.installing || slots.waiting) return { kind: 'saving', saved: 0, total: undefined };
  return { kind: 'checking' };
}

/** A new version waits to take over when a worker has finished installing while an older one serves the pages. */
export function updateIsReady(slots: RegistrationSlots): boolean {
  return slots.waiting && slots.active;
}

/**
 * Whole percent saved, 0–99: the last file being written is not the copy being ready (the worker
 * still has to activate), so 100 is never shown; an unknown or empty total gives undefined, not NaN.
 */
export function savedPercent(saved: number, total: number | undefined): number | undefined {
  if (total === undefined || !Number.isFinite(total) || total <= 0 || !Number.isFinite(saved))
    return undefined;
  return Math.min(99, Math.max(0, Math.floor((100 * saved) / total)));
}

/** The quiet line under the chapter list; empty while nothing is known. */
export function offlineMessage(status: OfflineStatus): string {
  switch (status.kind) {
    case 'checking':
      return '';
    case 'unsupported':
      return 'This browser cannot keep an offline copy; the book works as usual online.';
    case 'unavailable':
      return 'No offline copy in this window (private browsing, or storage turned off or full); the book works as usual online.';
    case 'saving': {
      const percent = savedPercent(status.saved, status.total);
      return percent === undefined
        ? 'Saving the book for offline reading…'
        : `Saving the book for offline reading… ${percent}%`;
    }
    case 'saved':
      return 'Saved for offline reading';
  }
}

/** The update prompt's sentence; the Reload button beside it does the reloading. */
export const UPDATE_MESSAGE = 'A new version of the book is available.';
