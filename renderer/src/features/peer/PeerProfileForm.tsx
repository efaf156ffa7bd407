/** The peer's name and credential, filled in where they explain or share something. */
import { useEffect, useState } from 'react';
import type { PeerProfileFields } from '@shared/records/peer-profile';
import { useVault } from '../../app/contexts';
import { Notice, TextField, useAction } from '../../ui/form';

export function PeerProfileForm() {
  const vault = useVault();
  const [profile, setProfile] = useState<PeerProfileFields>({ name: '', credential: '' });
  const [saved, setSaved] = useState(false);
  const { run, busy, error } = useAction();
  useEffect(() => void vault('peer.get').then(setProfile), [vault]);

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          setProfile(await vault('peer.save', profile));
          setSaved(true);
        });
      }}
    >
      <TextField label="Your name" value={profile.name} onChange={(name) => { setSaved(false); setProfile({ ...profile, name }); }} />
      <TextField label="Your credential" value={profile.credential} placeholder="for example: NC Certified Peer Support Specialist" onChange={(credential) => { setSaved(false); setProfile({ ...profile, credential }); }} />
      {error && <Notice tone="error">{error}</Notice>}
      {saved && <Notice tone="success">Saved.</Notice>}
      <button type="submit" disabled={busy}>Save about you</button>
    </form>
  );
}
