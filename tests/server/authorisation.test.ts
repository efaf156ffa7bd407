/**
 * The authorisation matrix: every route, asked with no credentials, a signature that does not
 * verify, one too old or from the future, a nonce already used, another account's notebook, a
 * revoked device, a malformed or an oversize body. Each gets its refusal, and the database is
 * exactly as it was.
 */
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH_HEADERS, signedText } from '@shared/sync/server-protocol';
import type { ServerCredential } from '../../electron/main/sync-server-client';
import { startTestServer, type TestServer } from './server-fixture';

let server: TestServer;
let peer: Awaited<ReturnType<TestServer['enrol']>>;
let outsider: Awaited<ReturnType<TestServer['enrol']>>;
let revoked: Awaited<ReturnType<TestServer['enrol']>>;
const vault = randomBytes(16).toString('hex');
const outsiderVault = randomBytes(16).toString('hex');
const writer = randomBytes(8).toString('hex');

beforeAll(async () => {
  server = await startTestServer();
  peer = await server.enrol();
  outsider = await server.enrol();
  revoked = await server.enrol(peer.account);
  await peer.client.writeHeader(vault, '{"slots":[]}');
  await peer.client.push(vault, writer, 1, randomBytes(500));
  await outsider.client.push(outsiderVault, writer, 1, randomBytes(500));
  await server.admin(['revoke', revoked.credential.deviceId]);
});
afterAll(() => server.stop());

interface Call {
  method: string;
  path: string;
  body?: Uint8Array;
  type?: string;
}

/** Every signed route, on the peer's own notebook, with a body it would accept. */
const routes = (vaultId: string): Call[] => [
  { method: 'GET', path: '/v1/vaults' },
  { method: 'GET', path: `/v1/vaults/${vaultId}/header` },
  {
    method: 'PUT',
    path: `/v1/vaults/${vaultId}/header`,
    body: Buffer.from(JSON.stringify({ header: '{"slots":[1]}' })),
    type: 'application/json',
  },
  { method: 'POST', path: `/v1/vaults/${vaultId}/segments/${writer}/2`, body: randomBytes(300), type: 'application/octet-stream' },
  { method: 'GET', path: `/v1/vaults/${vaultId}/segments?after=0` },
];
const vaultRoutes = (vaultId: string) => routes(vaultId).slice(1);

/** Sends a call signed as `credential` would, with any part of the signing changed. */
async function call(
  credential: ServerCredential | null,
  request: Call,
  change: { time?: number; nonce?: string; signedPath?: string; key?: ReturnType<typeof createPrivateKey> } = {},
) {
  const headers: Record<string, string> = {};
  if (request.type) headers['content-type'] = request.type;
  if (credential) {
    const body = request.body ?? new Uint8Array(0);
    const time = change.time ?? Date.now();
    const nonce = change.nonce ?? randomBytes(16).toString('hex');
    const text = signedText({
      method: request.method,
      path: change.signedPath ?? request.path,
      bodySha256: createHash('sha256').update(body).digest('hex'),
      time,
      nonce,
      device: credential.deviceId,
    });
    const key = change.key ?? createPrivateKey({ key: credential.privateKey, format: 'jwk' });
    Object.assign(headers, {
      [AUTH_HEADERS.device]: credential.deviceId,
      [AUTH_HEADERS.time]: String(time),
      [AUTH_HEADERS.nonce]: nonce,
      [AUTH_HEADERS.signature]: sign(null, text, key).toString('base64'),
    });
  }
  const response = await fetch(`${server.url}${request.path}`, {
    method: request.method,
    headers,
    body: request.body as Uint8Array<ArrayBuffer> | undefined,
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as unknown };
}

/** Everything the server holds, to compare before and after (nonces aside: a refused request leaves none, an accepted one does). */
async function everything(): Promise<string> {
  const tables = ['accounts', 'enrolment_codes', 'devices', 'vaults', 'segments'];
  const rows = await Promise.all(tables.map(async (table) => (await server.pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`)).rows));
  return JSON.stringify(rows);
}

/** Runs `attempt`, expecting the refusal, and checks that nothing the server holds changed. */
async function refusedAndUnchanged(attempt: () => Promise<{ status: number; body: unknown }>, status: number, error: string) {
  const before = await everything();
  expect(await attempt()).toEqual({ status, body: { error } });
  expect(await everything()).toBe(before);
}

describe('every signed route', () => {
  it('answers the peer’s own device (the matrix’s control)', async () => {
    for (const route of routes(vault))
      expect((await call(peer.credential, { ...route, path: route.path.replace(/\/2$/, '/9') })).status).toBe(200);
  });

  it('refuses a request with no credentials', async () => {
    for (const route of routes(vault)) await refusedAndUnchanged(() => call(null, route), 401, 'unauthorised');
  });

  it('refuses a signature made with another key, or over another path', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    for (const route of routes(vault)) {
      await refusedAndUnchanged(() => call(peer.credential, route, { key: privateKey }), 401, 'unauthorised');
      await refusedAndUnchanged(
        () => call(peer.credential, route, { signedPath: '/v1/vaults' + (route.path === '/v1/vaults' ? '/' : '') }),
        401,
        'unauthorised',
      );
    }
  });

  it('refuses a request signed too long ago or in the future (a clock that is off)', async () => {
    for (const route of routes(vault)) {
      await refusedAndUnchanged(() => call(peer.credential, route, { time: Date.now() - 5 * 60_000 }), 401, 'clock-off');
      await refusedAndUnchanged(() => call(peer.credential, route, { time: Date.now() + 10 * 60_000 }), 401, 'clock-off');
    }
  });

  it('refuses a request sent again with the same nonce', async () => {
    for (const route of [routes(vault)[0]!, routes(vault)[1]!]) {
      const nonce = randomBytes(16).toString('hex');
      const time = Date.now();
      expect((await call(peer.credential, route, { nonce, time })).status).toBe(200);
      await refusedAndUnchanged(() => call(peer.credential, route, { nonce, time }), 401, 'replayed');
    }
  });

  it('refuses a revoked device', async () => {
    for (const route of routes(vault)) await refusedAndUnchanged(() => call(revoked.credential, route), 401, 'revoked');
  });

  it('refuses another account’s notebook', async () => {
    for (const route of vaultRoutes(outsiderVault)) await refusedAndUnchanged(() => call(peer.credential, route), 403, 'forbidden');
  });

  it('refuses malformed and oversize bodies and parameters', async () => {
    const header = `/v1/vaults/${vault}/header`;
    const json = 'application/json';
    const bad: Call[] = [
      { method: 'PUT', path: header, body: Buffer.from('{"header":'), type: json },
      { method: 'PUT', path: header, body: Buffer.from('{"header":"x","extra":1}'), type: json },
      { method: 'PUT', path: header, body: Buffer.from('[1,2]'), type: json },
      { method: 'PUT', path: header, body: Buffer.from('{"header":"{}"}'), type: 'text/plain' },
      { method: 'POST', path: `/v1/vaults/${vault}/segments/${writer}/0`, body: randomBytes(10), type: 'application/octet-stream' },
      { method: 'POST', path: `/v1/vaults/${vault}/segments/NOT-A-WRITER/3`, body: randomBytes(10), type: 'application/octet-stream' },
      { method: 'POST', path: `/v1/vaults/${vault}/segments/${writer}/3`, body: new Uint8Array(0), type: 'application/octet-stream' },
      { method: 'GET', path: `/v1/vaults/${vault}/segments?after=-1` },
      { method: 'GET', path: `/v1/vaults/${vault}/segments?after=0&wait=600` },
      { method: 'GET', path: `/v1/vaults/NOT-A-VAULT/header` },
    ];
    for (const request of bad) await refusedAndUnchanged(() => call(peer.credential, request), 400, 'bad-request');
    const oversize: Call[] = [
      { method: 'PUT', path: header, body: Buffer.from(JSON.stringify({ header: 'x'.repeat(70_000) })), type: json },
      {
        method: 'POST',
        path: `/v1/vaults/${vault}/segments/${writer}/3`,
        body: new Uint8Array(16 * 1024 * 1024 + 1),
        type: 'application/octet-stream',
      },
    ];
    for (const request of oversize) await refusedAndUnchanged(() => call(peer.credential, request), 413, 'too-large');
  });
});

describe('enrolment', () => {
  const enrol = (code: string, publicKey = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }).x!) =>
    fetch(`${server.url}/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, publicKey }),
    }).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }));
  const newCode = async () => /Enrolment code: (\S+)/.exec((await server.admin(['enrol', '--account', peer.account])).out)![1]!;

  it('takes a code once', async () => {
    const code = await newCode();
    expect((await enrol(code)).status).toBe(201);
    await refusedAndUnchanged(() => enrol(code), 403, 'code-not-valid');
  });

  it('refuses an unknown or expired code, and a malformed request', async () => {
    await refusedAndUnchanged(() => enrol('AAAA-BBBB-CCCC-DDDD-EEEE'), 403, 'code-not-valid');
    const code = await newCode();
    await server.pool.query("UPDATE enrolment_codes SET expires_at = now() - interval '1 minute' WHERE NOT used");
    await refusedAndUnchanged(() => enrol(code), 403, 'code-not-valid');
    await refusedAndUnchanged(() => enrol('not a code'), 400, 'bad-request');
    await refusedAndUnchanged(() => enrol(code, 'short'), 400, 'bad-request');
  });

  it('stores codes only as their hash', async () => {
    const code = await newCode();
    const stored = JSON.stringify((await server.pool.query('SELECT * FROM enrolment_codes')).rows);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(code.replaceAll('-', ''));
  });
});

describe('rate limits', () => {
  it('refuses a device past its requests a minute, and an address past its enrolment attempts', async () => {
    const strict = await startTestServer({ requestsPerMinute: 5, enrolmentsPerMinute: 3 });
    try {
      const { credential } = await strict.enrol();
      const list = { method: 'GET', path: '/v1/vaults' };
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await fetch(`${strict.url}/v1/vaults`, { headers: await signedHeaders(credential, list) });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const attempts: number[] = [];
      for (let i = 0; i < 4; i++)
        attempts.push(
          (
            await fetch(`${strict.url}/v1/enrol`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"code":"AAAA-BBBB-CCCC-DDDD-EEEE","publicKey":"x"}',
            })
          ).status,
        );
      // One enrolment went through above; two more attempts are allowed, then refused.
      expect(attempts).toEqual([400, 400, 429, 429]);
    } finally {
      await strict.stop();
    }
  });
});

async function signedHeaders(credential: ServerCredential, request: Call): Promise<Record<string, string>> {
  const time = Date.now();
  const nonce = randomBytes(16).toString('hex');
  const text = signedText({
    method: request.method,
    path: request.path,
    bodySha256: createHash('sha256').update(new Uint8Array(0)).digest('hex'),
    time,
    nonce,
    device: credential.deviceId,
  });
  return {
    [AUTH_HEADERS.device]: credential.deviceId,
    [AUTH_HEADERS.time]: String(time),
    [AUTH_HEADERS.nonce]: nonce,
    [AUTH_HEADERS.signature]: sign(null, text, createPrivateKey({ key: credential.privateKey, format: 'jwk' })).toString('base64'),
  };
}
