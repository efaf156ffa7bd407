/**
 * Bytes the test bridge hands to a page (harness.ts): kept under a random token until the page
 * takes them from the renderer server over a WebSocket (renderer-server.ts), so they arrive as an
 * ArrayBuffer, as over Electron's IPC. Not a fetch: Chromium's DevTools keeps every body a page
 * fetches while Playwright watches (up to 200 MB in the renderer), which the bench would count as
 * the app's memory; a WebSocket's messages are not kept. Module state, so the server and the
 * bridge meet only in the same process.
 */
import { randomUUID } from 'node:crypto';

export const BYTES_PATH = '/__bridge-bytes/';

const waiting = new Map<string, Uint8Array>();

/** An app's page's share of the waiting bytes: what it has not taken is forgotten when the app closes. */
export function bytesForPage() {
  const kept = new Set<string>();
  return {
    /** Keeps `bytes` for the page; the token it returns takes them, once. */
    keep(bytes: Uint8Array): string {
      const token = randomUUID();
      waiting.set(token, bytes);
      kept.add(token);
      return token;
    },
    forget(): void {
      for (const token of kept) waiting.delete(token);
      kept.clear();
    },
  };
}

/** The bytes kept under `token`, handed over once (undefined if there are none). */
export function takeForPage(token: string): Uint8Array | undefined {
  const bytes = waiting.get(token);
  waiting.delete(token);
  return bytes;
}
