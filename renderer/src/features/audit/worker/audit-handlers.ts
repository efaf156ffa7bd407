/** A person's history: every view, change, signature, revocation and disclosure, newest first. */
import type { Vault } from '../../../vault/vault';

export function auditHandlers(vault: Pick<Vault, 'audit' | 'deviceId'>) {
  return {
    'audit.history': async ({ personId }: { personId: string }) => {
      const { events, integrity } = await vault.audit.trail({ personId });
      return { events: events.reverse(), integrity, thisDevice: vault.deviceId };
    },
  };
}
