/**
 * Wakes waiting pulls: one connection per server process LISTENs for committed pushes (by vault)
 * and revocations (by device), sent with NOTIFY by whichever process or admin tool made them, so
 * several server processes behind a load balancer all hear of every change. A waiter also wakes
 * at the end of its slice, so a lost notification (a dropped connection) costs seconds, never a
 * missed change or an unnoticed revocation.
 */
import pg from 'pg';
import { SERVER_CHANNELS } from '@shared/sync/server-protocol';

export interface Waiter {
  /** Resolves when a change for the vault or the device arrives, or after `ms`. */
  readonly woken: Promise<void>;
  cancel(): void;
}

export class ChangeWatch {
  private readonly byKey = new Map<string, Set<() => void>>();
  private client: pg.Client | null = null;
  private closed = false;

  constructor(private readonly connectionString: string) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', ({ channel, payload }) => {
      if (payload) this.wake(`${channel}:${payload}`);
    });
    client.on('error', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${SERVER_CHANNELS.head}`);
    await client.query(`LISTEN ${SERVER_CHANNELS.revoked}`);
    this.client = client;
  }

  /** Waits for a push to `vaultId` or the revocation of `deviceId`, for at most `ms`. */
  wait(vaultId: string, deviceId: string, ms: number): Waiter {
    let done = () => undefined as void;
    const keys = [`${SERVER_CHANNELS.head}:${vaultId}`, `${SERVER_CHANNELS.revoked}:${deviceId}`];
    const woken = new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      done = () => {
        clearTimeout(timer);
        for (const key of keys) this.byKey.get(key)?.delete(done);
        resolve();
      };
      for (const key of keys) {
        const set = this.byKey.get(key) ?? new Set();
        set.add(done);
        this.byKey.set(key, set);
      }
    });
    return { woken, cancel: () => done() };
  }

  async stop(): Promise<void> {
    this.closed = true;
    for (const set of this.byKey.values()) for (const wake of [...set]) wake();
    await this.client?.end().catch(() => undefined);
  }

  private wake(key: string): void {
    const set = this.byKey.get(key);
    if (!set) return;
    this.byKey.delete(key);
    for (const wake of set) wake();
  }

  /** The listening connection dropped: everyone waiting looks again, and the watch listens anew. */
  private reconnect(broken: pg.Client): void {
    if (this.client !== broken || this.closed) return;
    this.client = null;
    void broken.end().catch(() => undefined);
    for (const set of this.byKey.values()) for (const wake of [...set]) wake();
    const retry = () => {
      if (!this.closed) this.start().catch(() => setTimeout(retry, 1000));
    };
    setTimeout(retry, 250);
  }
}
