/** The window's side of the vault: typed calls by handler name, answered by the vault worker. */
import { handedOverBuffers } from '@shared/hand-over';
import { type Message, say } from '@shared/messages';
import type { VaultCallArg, VaultCallName, VaultCallResult } from '../worker/vault-handlers';
import type { VaultRequest, VaultResponse } from '../worker/worker-protocol';

/**
 * A vault failure as the screens see it: `name` says which (WrongSecretError, ...), `messages`
 * what to do as the rules said it (none for a fault that is not the peer's), `message` its English.
 */
export class VaultCallError extends Error {
  readonly messages: readonly Message[];
  constructor(name: string, message: string, messages: readonly Message[] = []) {
    super(message);
    this.name = name;
    this.messages = messages;
  }
}

export type VaultCall = <N extends VaultCallName>(name: N, ...arg: VaultCallArg<N>) => Promise<VaultCallResult<N>>;

export function connectVault(worker: Worker): VaultCall {
  let nextId = 1;
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  worker.onmessage = (event: MessageEvent<VaultResponse>) => {
    const response = event.data;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response.value);
    else waiter.reject(new VaultCallError(response.error.name, response.error.message, response.error.messages));
  };
  worker.onerror = (event) => {
    const stopped = say('vault.workerStopped', { detail: event.message });
    const error = new VaultCallError('VaultWorkerError', event.message, [stopped]);
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  return ((name: VaultCallName, arg?: unknown) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, name, arg, at: Date.now() } satisfies VaultRequest, handedOverBuffers(arg));
    })) as VaultCall;
}

export function startVaultWorker(): VaultCall {
  return connectVault(new Worker(new URL('../worker/vault.worker.ts', import.meta.url), { type: 'module', name: 'vault' }));
}
