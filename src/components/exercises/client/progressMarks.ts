// The sidebar's progress marks: "2/6" per chapter, a check when all are done, with words for screen
// readers. The exercise ids come from the build (data-progress-ids); progress from the browser.
import { getProgress, onProgress } from '../../../lib/progress/browserProgress.ts';
import { chapterSummary, type Progress } from '../../../lib/progress/store.ts';
import { visibleProgress } from '../../classroom/client/classroom.ts';

function paint(progress: Progress): void {
  for (const mark of document.querySelectorAll<HTMLElement>('[data-progress-chapter][data-progress-ids]')) {
    const ids = (mark.dataset.progressIds ?? '').split(' ').filter(Boolean);
    const { done, total } = chapterSummary(progress, mark.dataset.progressChapter ?? '', ids);
    if (total === 0 || done === 0) {
      mark.replaceChildren();
      mark.removeAttribute('data-state');
      continue;
    }
    const shown = document.createElement('span');
    shown.setAttribute('aria-hidden', 'true');
    shown.textContent = done === total ? '✓' : `${done}/${total}`;
    const words = document.createElement('span');
    words.className = 'visually-hidden';
    words.textContent =
      done === total ? `(all ${total} exercises done)` : `(${done} of ${total} exercises done)`;
    mark.replaceChildren(shown, words);
    mark.dataset.state = done === total ? 'complete' : 'partial';
  }
}

export function watchProgressMarks(): void {
  try {
    // A graded assignment's right and wrong stay hidden until it is finished, here as on the exercises.
    paint(visibleProgress(getProgress()));
    onProgress((p) => paint(visibleProgress(p)));
  } catch (error) {
    // Marks are a convenience; the page must not suffer if they cannot be drawn.
    console.warn('Progress marks could not be drawn:', error);
  }
}
