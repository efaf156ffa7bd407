/// <reference lib="webworker" />
/**
 * The vault core's home: a dedicated worker, so key derivation and bulk decryption never block
 * the window. It answers requests by handler name; writes and the lock run one at a time in the
 * core's work queue (vault/work-queue.ts), in the order they arrived.
 */
import { z } from 'zod';
import { loadSodium } from '@shared/crypto/sodium';
import { VaultDatabase } from '../vault/database';
import { handedOverBuffers } from '@shared/hand-over';
import { MessageError } from '@shared/messages';
import { Vault } from '../vault/vault';
import { WindowClock } from './window-clock';
import { createVaultHandlers } from './vault-handlers';
import type { VaultRequest, VaultResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

// zod probes for eval support with new Function(); our CSP forbids eval, so skip the probe.
z.config({ jitless: true });

const clock = new WindowClock();
const handlers = loadSodium().then((sodium) => createVaultHandlers(new Vault(new VaultDatabase(), sodium, { clock })));

self.onmessage = async (event: MessageEvent<VaultRequest>) => {
  const { id, name, arg, at } = event.data;
  clock.follow(at);
  let response: VaultResponse;
  try {
    const table = (await handlers) as Record<string, (arg: unknown) => unknown>;
    const handler = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!handler) throw new Error(`Unknown vault call: ${name}`);
    response = { id, ok: true, value: await handler(arg) };
  } catch (error) {
    const { name: errorName, message } = error instanceof Error ? error : new Error(String(error));
    const messages = error instanceof MessageError ? { messages: error.messages } : {};
    response = { id, ok: false, error: { name: errorName, message, ...messages } };
  }
  self.postMessage(response, response.ok ? handedOverBuffers(response.value) : []);
};
