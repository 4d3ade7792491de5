// A proxy in front of the preview server that can play "the next deploy": after nextDeploy(), the
// service worker script it serves ends with one more comment, so the browser's update check finds a
// new version. Playwright's routes cannot do this: Chromium fetches the script for an update check
// outside every page and worker that Playwright can intercept.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DeployProxy {
  /** http://127.0.0.1:PORT, the address the browser uses instead of the preview server's. */
  origin: string;
  nextDeploy(): void;
  close(): Promise<void>;
}

/** Headers that describe the upstream transfer, not the body this proxy sends (fetch has already decoded it). */
const HOP_HEADERS = new Set([
  'content-encoding',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

export async function startDeployProxy(upstream: string): Promise<DeployProxy> {
  const upstreamOrigin = new URL(upstream).origin;
  let deployed = false;
  let origin = '';
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', upstreamOrigin);
      const response = await fetch(url, {
        headers: { accept: req.headers.accept ?? '*/*' },
        redirect: 'manual',
      });
      let body = Buffer.from(await response.arrayBuffer());
      if (deployed && url.pathname.endsWith('/sw.js'))
        body = Buffer.concat([body, Buffer.from('\n// the next deploy\n')]);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!HOP_HEADERS.has(name)) headers[name] = value.replaceAll(upstreamOrigin, origin);
      });
      res.writeHead(response.status, headers).end(body);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    nextDeploy: () => {
      deployed = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
