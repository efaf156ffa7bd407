/** The peer's name and credential, filled in where they explain or share something. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../app/contexts';
import { Notice, TextField, useAction } from '../../ui/form';

export function PeerProfileForm() {
  const vault = useVault();
  const { t } = useTranslation();
  // Only what this form shows; peer.save keeps the rest of the profile (certification, training).
  const [profile, setProfile] = useState<{ name: string; credential: string }>({ name: '', credential: '' });
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  useEffect(() => void vault('peer.get').then(setProfile), [vault]);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await vault('peer.save', profile);
          setSaved(true);
        });
      }}
    >
      <TextField label={t('peer.name')} value={profile.name} onChange={(name) => { setSaved(false); setProfile({ ...profile, name }); }} />
      <TextField label={t('peer.credential')} value={profile.credential} placeholder={t('peer.credentialExample')} onChange={(credential) => { setSaved(false); setProfile({ ...profile, credential }); }} />
      {error && <Notice tone="error">{error}</Notice>}
      {saved && <Notice tone="success">{t('peer.saved')}</Notice>}
      <button type="submit" disabled={busy}>{t('peer.save')}</button>
    </form>
  );
}
