/**
 * The built renderer served over real HTTP on loopback for the run, as the app's protocol handler
 * answers it (electron/main/app-protocol.ts, the same headers). Chromium reaches it at the app's
 * test origin, http://app.localhost, through a host mapping given at launch. Answering each request
 * through a Playwright route instead carries every byte of the bundles over the DevTools connection
 * as base64, which cost each app start about a fifth of its time and the test process its CPU.
 * It also hands the page the bytes the test bridge keeps for it (bridge-bytes.ts), over a
 * WebSocket: an app's page takes them from a server in its own test process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { WebSocketServer } from 'ws';
import { createAppProtocolHandler } from '../../electron/main/app-protocol';
import { BYTES_PATH, takeForPage } from './bridge-bytes';

export interface RendererServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Chromium flags that send the apps' origins (app.localhost, and app-<n>.app.localhost for the
 * apps sharing windows) to the server on `port`, and nothing else anywhere: every other host, IP
 * addresses and this server's own port included, does not resolve, as the app works with no
 * network at all. Not a Playwright route: a route pauses every request of the page in the test
 * process, and turns the browser's cache off.
 */
export const rendererHostArgs = (port: number): string[] => [
  `--host-resolver-rules=MAP app.localhost:80 127.0.0.1:${port}, MAP *.app.localhost:80 127.0.0.1:${port}, MAP * ~NOTFOUND`,
];

/** An empty page on any app origin: where a test writes or reads an origin's storage with no app running (app-storage.ts). */
export const BLANK_PATH = '/__blank';

/** Folders served beside the renderer as plain files, by path prefix (the bench page: '/__bench/'). */
export type Mounts = Record<string, string>;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };

/** Ports of the renderer servers running in this process: only these can hand a page the bridge's bytes. */
const servedHere = new Set<number>();
export const isServedHere = (port: number): boolean => servedHere.has(port);

export async function serveRenderer(rendererDir: string, origin: string, mounts: Mounts = {}): Promise<RendererServer> {
  const answer = createAppProtocolHandler(rendererDir, { origin });
  const server = createServer((request, reply) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    if (path === BLANK_PATH) {
      reply.writeHead(200, { 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }).end('<!doctype html><title>Blank</title>');
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    if (mount) {
      const file = join(mounts[mount]!, normalize(path.slice(mount.length)).replace(/^(\.\.[/\\])+/, ''));
      void readFile(file).then(
        (body) =>
          reply
            .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' })
            .end(body),
        () => reply.writeHead(404).end(),
      );
      return;
    }
    void answer(new Request(`${origin}${request.url ?? '/'}`, { method: request.method }))
      .then(async (response) => {
        // The app's own protocol never lands in Chromium's disk cache; an on-disk profile searched for words must not hold the bundles either.
        reply.writeHead(response.status, { ...Object.fromEntries(response.headers.entries()), 'Cache-Control': 'no-store' });
        reply.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        reply.writeHead(500);
        reply.end();
      });
  });
  // One message of bytes per connection, then closed: the page opens one for each piece it takes.
  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', origin).pathname;
    const bytes = path.startsWith(BYTES_PATH) ? takeForPage(path.slice(BYTES_PATH.length)) : undefined;
    if (!bytes) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (client) => client.send(bytes, { binary: true }, () => client.close()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  servedHere.add(port);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        servedHere.delete(port);
        sockets.close();
        server.close(() => resolve());
      }),
  };
}
