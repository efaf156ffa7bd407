/**
 * Connecting to the agency's sync server: its address (from the agency's build when it names one)
 * and a one-time enrolment code from the agency. Once connected, the server is this notebook's
 * remote in place of a folder, with the same status, Sync now, automatic sync and fail-safes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstallationPolicy } from '../../ui/contexts';
import { Form, TextField } from '../../ui/form';
import { useSync } from './use-sync';

export function ServerEnrolment() {
  const { t } = useTranslation();
  const sync = useSync();
  const [address, setAddress] = useState(useInstallationPolicy().agency?.syncServer ?? '');
  const [code, setCode] = useState('');

  return (
    <Form
      aria-labelledby="sync-server-heading"
      className="sync-server"
      onSubmit={() => {
        sync.connectServer(address.trim(), code.trim());
      }}
    >
      <h3 id="sync-server-heading">{t('sync.server.title')}</h3>
      <p className="hint">{t('sync.server.intro')}</p>
      <TextField label={t('sync.server.address')} value={address} onChange={setAddress} type="url" required autoComplete="off" />
      <TextField label={t('sync.server.code')} value={code} onChange={setCode} required autoComplete="off" spellCheck={false} />
      <button type="submit" disabled={sync.running}>
        {t('sync.server.connect')}
      </button>
    </Form>
  );
}
