// The training worker as the page starts it: a few lines that wait for the address of the real code
// (src/tasks/train.worker.ts, a chunk of the page's own build), import it, and hand it the worker's scope.
// Messages that arrive before then are held and delivered in order once the tasks listen, ports included.
// If the code cannot be loaded, the worker fails the way any worker does (an uncaught error), which ends
// the run with a message on the page instead of leaving it waiting.
import { BOOT_MESSAGE } from './bootMessage.ts';

interface Served {
  serveBookTasks(scope: unknown): void;
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  dispatchEvent(event: Event): boolean;
};
const held: MessageEvent[] = [];
let booting = false;

function hold(event: MessageEvent): void {
  const data = event.data as { type?: unknown; module?: unknown } | null;
  if (data?.type !== BOOT_MESSAGE) held.push(event);
  // the first boot message with an address boots; any other is dropped, never passed on to the tasks
  else if (typeof data.module === 'string' && !booting) {
    booting = true;
    void boot(data.module);
  }
}

async function boot(module: string): Promise<void> {
  try {
    const served = (await import(/* @vite-ignore */ module)) as Served;
    scope.removeEventListener('message', hold);
    served.serveBookTasks(self);
    for (const e of held.splice(0))
      scope.dispatchEvent(new MessageEvent('message', { data: e.data, ports: [...e.ports] }));
  } catch (error) {
    // thrown outside the promise, so that the page sees the worker's 'error' event
    setTimeout(() => {
      throw new Error(`the training code could not be loaded (${String(error)})`);
    });
  }
}

scope.addEventListener('message', hold);
