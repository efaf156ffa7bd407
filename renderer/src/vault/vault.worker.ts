/// <reference lib="webworker" />
/**
 * The vault core's home: a dedicated worker, so key derivation and bulk decryption never block
 * the window. It answers requests by handler name, one at a time in arrival order per call.
 */
import { z } from 'zod';
import { loadSodium } from '@shared/crypto/sodium';
import { VaultDatabase } from './database';
import { InvalidInputError } from './errors';
import { Vault } from './vault';
import { createVaultHandlers } from './vault-handlers';
import type { VaultRequest, VaultResponse } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

// zod probes for eval support with new Function(); our CSP forbids eval, so skip the probe.
z.config({ jitless: true });

const handlers = loadSodium().then((sodium) => createVaultHandlers(new Vault(new VaultDatabase(), sodium)));

self.onmessage = async (event: MessageEvent<VaultRequest>) => {
  const { id, name, arg } = event.data;
  let response: VaultResponse;
  try {
    const table = (await handlers) as Record<string, (arg: unknown) => unknown>;
    const handler = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!handler) throw new Error(`Unknown vault call: ${name}`);
    response = { id, ok: true, value: await handler(arg) };
  } catch (error) {
    const { name: errorName, message } = error instanceof Error ? error : new Error(String(error));
    const messages = error instanceof InvalidInputError ? { messages: error.messages } : {};
    response = { id, ok: false, error: { name: errorName, message, ...messages } };
  }
  self.postMessage(response);
};
