/**
 * The app's client for the agency's sync server (docs/SERVER.md), in the main process: the
 * renderer never fetches. It enrols this computer with a one-time code (an Ed25519 key made here,
 * its private half never leaving the computer), then signs every request (method, path, body
 * hash, time, nonce) and moves sealed segments: the same bytes a sync folder holds, which only the
 * notebook opens. A refusal or a network failure becomes a SyncServerError with a kind the window
 * words; no system message gets through.
 */
import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import type { z } from 'zod';
import {
  AUTH_HEADERS,
  EnrolReply,
  HeaderReply,
  PROTOCOL_PREFIX,
  PushReply,
  ServerRefusal,
  VaultPosition,
  VaultsReply,
  decodePullPage,
  signedText,
  type PullPage,
} from '@shared/sync/server-protocol';

/** What this computer keeps to use the server: its address, its device id and its private key (JWK). */
export interface ServerCredential {
  url: string;
  deviceId: string;
  privateKey: { kty: 'OKP'; crv: 'Ed25519'; d: string; x: string };
}

export type SyncServerProblem = ServerRefusal['error'] | 'unreachable' | 'bad-reply';

export class SyncServerError extends Error {
  constructor(readonly problem: SyncServerProblem) {
    super(`The sync server refused or could not be reached (${problem}).`);
    this.name = 'SyncServerError';
  }
}

const REQUEST_TIMEOUT_MS = 60_000;

type Fetch = typeof globalThis.fetch;

/** One request; `cancel` is the caller's own signal: a request it cancelled rethrows as it is, not as "unreachable". */
async function send(fetchImpl: Fetch, url: string, init: RequestInit, cancel?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (error) {
    if (cancel?.aborted) throw error;
    throw new SyncServerError('unreachable');
  }
  if (response.ok) return response;
  const refusal = ServerRefusal.safeParse(await response.json().catch(() => null));
  throw new SyncServerError(refusal.success ? refusal.data.error : response.status >= 500 ? 'server-error' : 'bad-reply');
}

async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new SyncServerError('bad-reply');
  return parsed.data;
}

const baseOf = (url: string) => url.replace(/\/+$/, '');

/** Enrols this computer with a one-time code: a new key pair, the public half registered. */
export async function enrolDevice(url: string, code: string, fetchImpl: Fetch = globalThis.fetch): Promise<ServerCredential> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as ServerCredential['privateKey'];
  const response = await send(fetchImpl, `${baseOf(url)}${PROTOCOL_PREFIX}/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: code.trim().toUpperCase(), publicKey: jwk.x }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const { deviceId } = await json(response, EnrolReply);
  return { url: baseOf(url), deviceId, privateKey: { kty: 'OKP', crv: 'Ed25519', d: jwk.d, x: jwk.x } };
}

/**
 * Signs requests as this computer's enrolled device: method, path, body hash, time and a fresh
 * nonce, under the device's Ed25519 key (the server checks them: server/device-auth.ts).
 */
export function requestSigner(credential: ServerCredential, now: () => number = Date.now) {
  const key = createPrivateKey({ key: credential.privateKey, format: 'jwk' });
  return (method: string, path: string, body: Uint8Array): Record<string, string> => {
    const time = now();
    const nonce = randomBytes(16).toString('hex');
    const bodySha256 = createHash('sha256').update(body).digest('hex');
    const signature = sign(null, signedText({ method, path, bodySha256, time, nonce, device: credential.deviceId }), key);
    return {
      [AUTH_HEADERS.device]: credential.deviceId,
      [AUTH_HEADERS.time]: String(time),
      [AUTH_HEADERS.nonce]: nonce,
      [AUTH_HEADERS.signature]: signature.toString('base64'),
    };
  };
}

export function createSyncServerClient(credential: ServerCredential, { fetch: fetchImpl = globalThis.fetch, now = Date.now } = {}) {
  const signed = requestSigner(credential, now);

  const request = (method: string, path: string, options: { body?: Uint8Array | string; type?: string; signal?: AbortSignal } = {}) => {
    const body = typeof options.body === 'string' ? new TextEncoder().encode(options.body) : (options.body ?? new Uint8Array(0));
    const fullPath = `${PROTOCOL_PREFIX}${path}`;
    const headers = signed(method, fullPath, body);
    if (options.type) headers['content-type'] = options.type;
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    return send(
      fetchImpl,
      `${credential.url}${fullPath}`,
      {
        method,
        headers,
        body: options.body === undefined ? undefined : (body as Uint8Array<ArrayBuffer>),
        signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
      },
      options.signal,
    );
  };

  return {
    /** This account's notebooks on the server, each with its epoch and head. */
    async vaults() {
      return (await json(await request('GET', '/vaults'), VaultsReply)).vaults;
    },
    async readHeader(vaultId: string) {
      return json(await request('GET', `/vaults/${vaultId}/header`), HeaderReply);
    },
    async writeHeader(vaultId: string, header: string) {
      return json(
        await request('PUT', `/vaults/${vaultId}/header`, { body: JSON.stringify({ header }), type: 'application/json' }),
        VaultPosition,
      );
    },
    /** Stores a segment; sending the same one again is harmless. SyncServerError('segment-exists') when its name holds another. */
    async push(vaultId: string, writer: string, seq: number, bytes: Uint8Array) {
      return json(
        await request('POST', `/vaults/${vaultId}/segments/${writer}/${seq}`, { body: bytes, type: 'application/octet-stream' }),
        PushReply,
      );
    },
    /**
     * Segments after `after` (a page of about 1 MB), waiting up to `wait` seconds when there are
     * none. `last` names the segment this computer had at `after`, so a server that went back in
     * time says so (`continues: false`).
     */
    async pull(
      vaultId: string,
      after: number,
      options: { wait?: number; last?: { writer: string; seq: number } | null; signal?: AbortSignal } = {},
    ): Promise<PullPage> {
      const query = new URLSearchParams({ after: String(after) });
      if (options.wait) query.set('wait', String(options.wait));
      if (options.last) query.set('last', `${options.last.writer}.${options.last.seq}`);
      const response = await request('GET', `/vaults/${vaultId}/segments?${query}`, { signal: options.signal });
      try {
        return decodePullPage(new Uint8Array(await response.arrayBuffer()));
      } catch {
        throw new SyncServerError('bad-reply');
      }
    },
  };
}

export type SyncServerClient = ReturnType<typeof createSyncServerClient>;
