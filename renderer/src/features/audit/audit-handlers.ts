/** A person's history: every view, change, signature, revocation and disclosure, newest first. */
import type { Vault } from '../../vault/vault';

export function auditHandlers(vault: Vault) {
  return {
    'audit.history': async ({ personId }: { personId: string }) => {
      const { events, integrity } = await vault.auditTrail({ personId });
      return { events: events.reverse(), integrity, thisDevice: vault.deviceId };
    },
  };
}
