/**
 * Changing the notebook's key (renderer/src/vault/key-change.ts): prepared with the passphrase and
 * a new one (a new recovery code comes back), confirmed once the peer saved it, then carried on a
 * step at a time by the progress view until the status has no key change left. A change made on
 * another computer is taken on from the sync folder's header with the passphrase chosen there.
 */
import type { Vault } from '../../../vault/vault';

export function keyChangeHandlers(vault: Pick<Vault, 'keyChange' | 'status'>) {
  const { keyChange } = vault;
  return {
    'keyChange.prepare': async ({ passphrase, newPassphrase }: { passphrase: string; newPassphrase: string }) =>
      keyChange.prepare({ passphrase, newPassphrase }),
    'keyChange.confirm': async () => {
      await keyChange.confirm();
      return vault.status();
    },
    'keyChange.continue': async () => {
      await keyChange.continue();
      return vault.status();
    },
    /** `header`: the sync folder's header.json text, as the sync runner's 'key-changed' outcome gave it. */
    'keyChange.adopt': async ({ header, passphrase }: { header: string; passphrase: string }) => {
      await keyChange.adopt({ header: JSON.parse(header) as unknown, passphrase });
      return vault.status();
    },
  };
}
