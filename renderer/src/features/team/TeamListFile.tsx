/**
 * The Team screen's "Open a team list file", for a computer that does not reach the agency's
 * server: the file is picked in the host's open dialog, checked by the vault worker against the
 * agency's key, and shown (signed by which key, its number, who is on it) before the peer takes
 * it. A damaged or wrongly signed file is said in plain words, and nothing changes.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../i18n/use-dates';
import { useHost, useVault } from '../../ui/contexts';
import { Notice, useAction, WordedError, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import type { TeamListPreview } from './worker/team-list-file-handlers';

interface Opened {
  name: string;
  text: string;
  preview: TeamListPreview;
}

export function TeamListFile({ onAccepted }: { onAccepted(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const vault = useVault();
  const host = useHost();
  const { run, busy, error } = useAction();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const open = () =>
    run(async () => {
      setOpened(null);
      setDone(null);
      const file = await host.openTeamListFile();
      if (!file.ok) throw new WordedError(t(`teamList.problems.${file.problem}`));
      if (!file.opened) return;
      setOpened({ name: file.name, text: file.text, preview: await vault('team.previewDirectory', { text: file.text }) });
    });

  const accept = (list: Opened) =>
    run(async () => {
      const status = await vault('team.acceptDirectory', { directory: JSON.parse(list.text) });
      setOpened(null);
      setDone(t('teamList.accepted', { serial: status.serial }));
      onAccepted();
    });

  return (
    <section aria-labelledby="team-list-title">
      <h2 id="team-list-title">{t('teamList.title')}</h2>
      <p className="hint">{t('teamList.hint')}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}
      {busy && <Working label={t('teamList.checking')} />}
      {opened ? (
        <div className="card team-list" aria-label={t('teamList.signed', { name: opened.name })}>
          <p>{t('teamList.signed', { name: opened.name })}</p>
          <ReadOnlyFields
            items={[
              [t('teamList.signedBy'), <code key="signedBy">{opened.preview.signedBy}</code>],
              [t('teamList.serial'), String(opened.preview.serial)],
              [t('teamList.issuedAt'), dates.dateTime(opened.preview.issuedAt)],
              [t('teamList.members'), t('teamList.memberCount', { peers: opened.preview.peers, supervisors: opened.preview.supervisors })],
            ]}
          />
          {opened.preview.heldSerial !== null && <p>{t('teamList.replaces', { serial: opened.preview.heldSerial })}</p>}
          <p>{t(`teamList.you.${opened.preview.myRole ?? 'none'}`)}</p>
          <p>
            <button type="button" disabled={busy} onClick={() => void accept(opened)}>
              {t('teamList.accept')}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setOpened(null)}>
              {t('teamList.reject')}
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="secondary" disabled={busy} onClick={() => void open()}>
          {t('teamList.open')}
        </button>
      )}
    </section>
  );
}
