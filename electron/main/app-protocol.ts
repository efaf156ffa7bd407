/**
 * The `app://notebook` origin the renderer is served from.
 *
 * Why a custom scheme rather than file://: IndexedDB (where the vault lives) needs a stable,
 * standard origin, and file:// pages share one opaque origin with every other local file. The
 * handler only ever reads the built renderer folder, and every response carries the CSP, so even a
 * bug in the page cannot pull in remote code.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { APP_ORIGIN } from '@shared/host-api';
import { originOf } from './origin';

/** `app`, taken from APP_ORIGIN so the two can never disagree. */
export const APP_SCHEME = new URL(APP_ORIGIN).protocol.slice(0, -1);

/**
 * Nothing remote, nothing inline but styles. `'wasm-unsafe-eval'` lets libsodium compile its
 * WebAssembly (without it, libsodium silently falls back to its slow JavaScript build, and key
 * derivation takes many times longer); it does not allow `eval` of JavaScript.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every response, errors included. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** What the built renderer contains. Anything else is served as opaque bytes (and, with nosniff, never run). */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Makes `app` a standard, secure scheme: a real origin (so IndexedDB, workers and fetch work) that
 * counts as a secure context. Not `bypassCSP`: the CSP header must bind the app's own pages too.
 * Electron only accepts this before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export interface AppProtocolOptions {
  /** The origin requests must come to; the end-to-end harness serves the same files at http://app.localhost. */
  origin?: string;
}

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/** Serves the files of `rendererDir` (the built out/renderer) at `origin`, and nothing else. */
export function createAppProtocolHandler(rendererDir: string, { origin = APP_ORIGIN }: AppProtocolOptions = {}): AppProtocolHandler {
  const root = resolve(rendererDir);
  const expectedOrigin = originOf(origin);
  if (!expectedOrigin) throw new Error(`Not an origin to serve the app from: ${origin}`);

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method Not Allowed');
    if (originOf(request.url) !== expectedOrigin) return notFound();

    const filePath = await fileInside(root, new URL(request.url).pathname);
    if (!filePath) return notFound();
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath) },
    });
  };
}

/**
 * The real path of the regular file a URL path names, or null unless it lies inside `root`.
 *
 * The URL parser already removes `..` and `%2e%2e` segments, but decoding can still produce them
 * (`..%2f`), and a symlink could point outside: so the check is made on the decoded path and again
 * on the real path, never assumed from the URL.
 */
async function fileInside(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';

  const candidate = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  if (!isInside(root, candidate)) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    if (!(await stat(realFile)).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..';
}

function notFound(): Response {
  return plainResponse(404, 'Not Found');
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
