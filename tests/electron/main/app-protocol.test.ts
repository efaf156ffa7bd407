import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '@shared/host-api';
import {
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  createAppProtocolHandler,
  registerAppScheme,
  type AppProtocolHandler,
} from '../../../electron/main/app-protocol';

const WASM = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
const INDEX_HTML = '<!doctype html><title>Peer Notebook</title><script type="module" src="./assets/index.js"></script>';

let base: string;
let rendererDir: string;
let serve: AppProtocolHandler;

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(async () => {
  // A fake built renderer, next to a secret it must never serve.
  base = await mkdtemp(join(tmpdir(), 'peer-notebook-protocol-'));
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'index.js'), 'console.log("app");');
  await writeFile(join(rendererDir, 'assets', 'sodium.wasm'), WASM);
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(rendererDir, 'assets', 'notes.unknownext'), 'x');
  await writeFile(join(base, 'secret.txt'), 'vault key');
  await symlink(join(base, 'secret.txt'), join(rendererDir, 'assets', 'escape.js'));
  serve = createAppProtocolHandler(rendererDir);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the app:// scheme', () => {
  it('is registered as standard and secure, with fetch and code cache, and never bypasses the CSP', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => calls.push(schemes) });
    expect(APP_SCHEME).toBe('app');
    expect(calls).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]]);
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );

  it("lets libsodium compile WebAssembly ('wasm-unsafe-eval') but never eval JavaScript", () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });

  it('names no remote source: nothing loads from or connects to the network', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('the app:// protocol handler', () => {
  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const response = await get(`${APP_ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves scripts, styles and WebAssembly with their real types (WebAssembly streaming needs application/wasm)', async () => {
    const wasm = await get(`${APP_ORIGIN}/assets/sodium.wasm`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(WASM);

    const js = await get(`${APP_ORIGIN}/assets/index.js?v=1#x`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log("app");');
    expect((await get(`${APP_ORIGIN}/assets/style.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get(`${APP_ORIGIN}/index.html`)).status).toBe(200);
  });

  it('serves unknown file types as opaque bytes, which nosniff keeps from running', async () => {
    const response = await get(`${APP_ORIGIN}/assets/notes.unknownext`);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD without a body', async () => {
    const response = await get(`${APP_ORIGIN}/`, 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    ['a dot-dot path', `${APP_ORIGIN}/../secret.txt`],
    ['a dot-dot path inside assets', `${APP_ORIGIN}/assets/../../secret.txt`],
    ['percent-encoded dots', `${APP_ORIGIN}/%2e%2e/secret.txt`],
    ['percent-encoded slashes', `${APP_ORIGIN}/..%2fsecret.txt`],
    ['encoded dots and slashes together', `${APP_ORIGIN}/assets/%2e%2e%2f%2e%2e%2fsecret.txt`],
    ['a backslash', `${APP_ORIGIN}/..%5csecret.txt`],
    ['a symlink that points outside', `${APP_ORIGIN}/assets/escape.js`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['malformed percent-encoding', `${APP_ORIGIN}/%E0%A4%A`],
    ['a directory', `${APP_ORIGIN}/assets`],
    ['a missing file', `${APP_ORIGIN}/nothing.js`],
  ])('refuses %s with 404, still with the CSP', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('vault key');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['another host', 'app://elsewhere/index.html'],
    ['a look-alike host', 'app://notebook.example.com/index.html'],
    ['another scheme', 'https://notebook/index.html'],
    ['a port on the right host', 'app://notebook:8080/index.html'],
  ])('refuses %s with 404', async (_what, url) => {
    expect((await get(url)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get(`${APP_ORIGIN}/index.html`, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves the same files at another origin when told to (the end-to-end harness uses http://app.localhost)', async () => {
    const atTestOrigin = createAppProtocolHandler(rendererDir, { origin: 'http://app.localhost' });
    const response = await atTestOrigin(new Request('http://app.localhost/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await atTestOrigin(new Request(`${APP_ORIGIN}/`))).status).toBe(404);
    expect((await atTestOrigin(new Request('http://evil.localhost/'))).status).toBe(404);
  });
});
