/**
 * The parts every store of the vault core is built from, made once by the vault (vault.ts) and
 * lent to each: the database, libsodium, the key ring, the typed meta table, the audit log, the
 * one work queue and the clock.
 */
import type { Sodium } from '@shared/crypto/sodium';
import type { VaultDatabase } from './database';
import type { KeyRing } from './session';
import type { MetaStore } from './meta-store';
import type { AuditLog } from './audit-log';
import type { WorkQueue } from './work-queue';
import type { Clock } from './clock';

export interface CoreParts {
  db: VaultDatabase;
  sodium: Sodium;
  keys: KeyRing;
  meta: MetaStore;
  audit: AuditLog;
  queue: WorkQueue;
  clock: Clock;
}
