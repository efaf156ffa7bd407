/** Settings a peer controls: how soon the notebook locks itself, and the passphrase. */
import { useId } from 'react';
import { useVault } from '../../app/contexts';
import { Notice, useAction } from '../../ui/form';
import { AUTO_LOCK_CHOICES } from '../../vault/settings';
import type { VaultStatus } from '../../vault/vault';
import { ChangePassphraseForm } from '../lock/ChangePassphraseForm';
import { PeerProfileForm } from '../peer/PeerProfileForm';

export function SettingsScreen({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const selectId = useId();
  const { run, error } = useAction();

  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h1 id="settings-heading">Settings</h1>
      <h2>About you</h2>
      <PeerProfileForm />
      <h2>Locking</h2>
      <div className="field">
        <label htmlFor={selectId}>Lock the notebook when I've been away for</label>
        <select
          id={selectId}
          value={status.settings.autoLockMinutes}
          onChange={(event) =>
            void run(async () => {
              const settings = await vault('vault.updateSettings', { autoLockMinutes: Number(event.target.value) });
              onStatus({ ...status, settings });
            })
          }
        >
          {AUTO_LOCK_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 1 ? '1 minute' : `${minutes} minutes`}
            </option>
          ))}
        </select>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
      <h2>Passphrase</h2>
      <ChangePassphraseForm askCurrent onChanged={onStatus} />
    </section>
  );
}
