// The boot worker: messages that arrive before the training code has loaded reach it afterwards, in order
// and with their ports; code that cannot be loaded fails the worker with an uncaught error that says so.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOT_MESSAGE } from './bootMessage.ts';

/** Runs workerBoot.ts on a stand-in worker scope (a fresh module instance each time). */
async function bootOn(): Promise<EventTarget> {
  const scope = new EventTarget();
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./workerBoot.ts');
  return scope;
}

const send = (scope: EventTarget, data: unknown, ports: MessagePort[] = []) =>
  scope.dispatchEvent(new MessageEvent('message', { data, ports }));

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { __served?: unknown }).__served;
});

describe('workerBoot', () => {
  it('holds messages until the code is served, then delivers them in order with their ports', async () => {
    const scope = await bootOn();
    const { port1 } = new MessageChannel();
    send(scope, { type: 'init', n: 1 }, [port1]);
    // the served code records what reaches the scope once it listens
    const code = `data:text/javascript,${encodeURIComponent(
      'export function serveBookTasks(s) { const got = []; globalThis.__served = got; s.addEventListener("message", (e) => got.push([e.data, e.ports.length])); }',
    )}`;
    send(scope, { type: BOOT_MESSAGE, module: code });
    // a second boot message, while booting, is dropped: the tasks would take it for a command
    send(scope, { type: BOOT_MESSAGE, module: code });
    send(scope, { type: 'step', n: 2 });
    await vi.waitFor(() => expect((globalThis as { __served?: unknown[] }).__served).toBeDefined());
    send(scope, { type: 'start', n: 3 });
    expect((globalThis as { __served?: unknown[] }).__served).toEqual([
      [{ type: 'init', n: 1 }, 1],
      [{ type: 'step', n: 2 }, 0],
      [{ type: 'start', n: 3 }, 0],
    ]);
    port1.close();
  });

  it('fails the worker with an uncaught error when the code cannot be loaded', async () => {
    const thrown: unknown[] = [];
    const scope = await bootOn();
    vi.stubGlobal('setTimeout', (f: () => void) => {
      try {
        f();
      } catch (error) {
        thrown.push(error);
      }
    });
    send(scope, {
      type: BOOT_MESSAGE,
      module: 'data:text/javascript,export const nothing = 1; throw new Error("broken chunk")',
    });
    await vi.waitFor(() => expect(thrown).toHaveLength(1));
    expect(String(thrown[0])).toMatch(/the training code could not be loaded .*broken chunk/);
  });

  it('ignores a boot message without a module address', async () => {
    const scope = await bootOn();
    send(scope, { type: BOOT_MESSAGE, module: 42 });
    send(scope, { type: BOOT_MESSAGE });
    // nothing was imported, nothing thrown: the worker keeps waiting for a real address
    await new Promise((r) => setTimeout(r, 10));
    expect((globalThis as { __served?: unknown }).__served).toBeUndefined();
  });
});
