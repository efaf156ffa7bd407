/**
 * Sync found that the notebook's key was changed on another computer: the peer types their
 * passphrase to take the new key on here (the app then waits behind the progress view), or leaves
 * it for later (sync waits too; nothing is lost).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { Form, Notice, TextField, Working, useAction } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';
import { useModalDialog } from '../../ui/use-modal-dialog';

export function AdoptKeyChangeDialog({
  header,
  onStatus,
  onClose,
}: {
  header: string;
  onStatus(status: VaultStatus): void;
  onClose(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const { run, busy, error } = useAction();
  const dialog = useModalDialog();
  const id = useId();

  return (
    <dialog
      ref={dialog}
      className="sync-question"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <Form
        onSubmit={() => {
          void run(async () => onStatus(await vault('keyChange.adopt', { header, passphrase })));
        }}
      >
        <h2 id={`${id}-title`}>{t('keyChange.adopt.title')}</h2>
        <p id={`${id}-body`}>{t('keyChange.adopt.body')}</p>
        <TextField
          label={t('keyChange.adopt.passphrase')}
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={setPassphrase}
          autoFocus
        />
        {error && <Notice tone="error">{error}</Notice>}
        {busy ? (
          <Working label={t('keyChange.adopt.working')} />
        ) : (
          <div className="row">
            <button type="submit" className="primary" disabled={passphrase.length === 0}>
              {t('keyChange.adopt.go')}
            </button>
            <button type="button" onClick={onClose}>
              {t('keyChange.adopt.later')}
            </button>
          </div>
        )}
      </Form>
    </dialog>
  );
}
