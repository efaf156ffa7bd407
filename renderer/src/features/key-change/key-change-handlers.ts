/**
 * Changing the notebook's key (renderer/src/vault/key-change.ts): prepared with the passphrase and
 * a new one (a new recovery code comes back), confirmed once the peer saved it, then carried on a step at a time
 * by the progress view until the status has no key change left. A change made on another computer
 * is taken on from the sync folder's header with the passphrase chosen there.
 */
import type { Vault } from '../../vault/vault';
import type { VaultPolicy } from '../../vault/vault-policy';

export function keyChangeHandlers(vault: Vault) {
  return {
    'keyChange.prepare': ({ passphrase, newPassphrase, policy }: { passphrase: string; newPassphrase: string; policy: VaultPolicy }) =>
      vault.prepareKeyChange({ passphrase, newPassphrase }, policy),
    'keyChange.confirm': () => vault.confirmKeyChange(),
    'keyChange.continue': () => vault.continueKeyChange(),
    /** `header`: the sync folder's header.json text, as the sync runner's 'key-changed' outcome gave it. */
    'keyChange.adopt': ({ header, passphrase }: { header: string; passphrase: string }) =>
      vault.adoptKeyChange({ header: JSON.parse(header) as unknown, passphrase }),
  };
}
