/** The peer's continuing education: each training logged, and the hours against the requirement. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { randomId } from '@shared/crypto/bytes';
import { certificationStatus, type PeerProfileFields } from '@shared/records/peer-profile';
import { useVault } from '../../ui/contexts';
import { useDates } from '../../i18n/use-dates';
import { Form, Notice, TextField, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';

export function ContinuingEducationLog({ profile, onSaved }: { profile: PeerProfileFields; onSaved(profile: PeerProfileFields): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const [entry, setEntry] = useState({ on: localToday(), title: '', hours: '' });
  const [added, setAdded] = useState(false);
  const { run, busy, error } = useAction();
  const status = certificationStatus(profile, localToday());
  const saveLog = (ceLog: PeerProfileFields['ceLog'], afterwards?: () => void) =>
    void run(async () => {
      onSaved(await vault('peer.save', { ceLog }));
      afterwards?.();
    });
  const newest = [...profile.ceLog].sort((a, b) => b.on.localeCompare(a.on));

  return (
    <section aria-labelledby="ce-heading" className="ce-log">
      <h3 id="ce-heading">{t('certification.log')}</h3>
      {status && (
        <p role="status">
          {t('certification.hoursLogged', { logged: status.hoursLogged, required: status.hoursRequired })}{' '}
          {status.hoursStillNeeded > 0
            ? t('certification.hoursStillNeeded', { count: status.hoursStillNeeded })
            : t('certification.hoursDone')}
        </p>
      )}
      {newest.length === 0 ? (
        <p className="empty">{t('certification.none')}</p>
      ) : (
        <ul aria-label={t('certification.logList')}>
          {newest.map((training) => (
            <li key={training.id}>
              {t('certification.entry', { date: dates.date(training.on), title: training.title, hours: training.hours })}{' '}
              <button
                type="button"
                className="link"
                disabled={busy}
                aria-label={t('certification.removeLabel', { title: training.title })}
                onClick={() => saveLog(profile.ceLog.filter((each) => each.id !== training.id))}
              >
                {t('certification.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Form
        className="ce-entry"
        onSubmit={() => {
          const training = {
            id: randomId(),
            on: entry.on,
            title: entry.title,
            hours: entry.hours === '' ? Number.NaN : Number(entry.hours),
          };
          saveLog([...profile.ceLog, training], () => {
            setEntry({ ...entry, title: '', hours: '' });
            setAdded(true);
          });
        }}
      >
        <TextField
          label={t('certification.on')}
          type="date"
          value={entry.on}
          onChange={(on) => {
            setAdded(false);
            setEntry({ ...entry, on });
          }}
        />
        <TextField
          label={t('certification.topic')}
          value={entry.title}
          onChange={(title) => {
            setAdded(false);
            setEntry({ ...entry, title });
          }}
        />
        <TextField
          label={t('certification.hours')}
          type="number"
          min={0.25}
          step={0.25}
          value={entry.hours}
          onChange={(hours) => {
            setAdded(false);
            setEntry({ ...entry, hours });
          }}
        />
        {error && <Notice tone="error">{error}</Notice>}
        {added && <Notice tone="success">{t('certification.added')}</Notice>}
        <button type="submit" disabled={busy}>
          {t('certification.add')}
        </button>
      </Form>
    </section>
  );
}
