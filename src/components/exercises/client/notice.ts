// Says once per page, plainly, that progress cannot be saved, and why; the page goes on working.
import { onStorageProblem } from '../../../lib/progress/browserProgress.ts';
import { PROBLEM_MESSAGES } from '../../../lib/progress/storage.ts';

let shown = false;
let near: Element | undefined;

/** The notice goes next to what the reader is doing (the exercise just answered), else atop the page. */
export function noticeNear(el: Element): void {
  near = el;
}

export function watchStorage(): void {
  onStorageProblem((problem) => {
    if (shown) return;
    shown = true;
    const box = document.createElement('p');
    box.className = 'progress-notice';
    box.setAttribute('role', 'status');
    box.dataset.progressNotice = problem;
    box.textContent = PROBLEM_MESSAGES[problem];
    const main = document.querySelector('main');
    if (near?.parentElement) near.before(box);
    else if (main) main.querySelector('h1')?.after(box) ?? main.prepend(box);
  });
}
