/** Writing down a crisis or safety event afterwards: plainly, with who was contacted and why. */
import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CONTACT_GROUNDS, type ContactGround, type CrisisContact, type CrisisEventFields } from '@shared/records/crisis-event';
import { confidentialityLimit } from '@shared/records/confidentiality';
import { useVault } from '../../app/contexts';
import { Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import type { CrisisEntry } from './crisis-handlers';

/** What allowed a contact: one of the limits of confidentiality (named as the person heard it), consent, or nothing shared. */
function useGroundWords() {
  const { t } = useTranslation();
  const message = useMessage();
  return (ground: ContactGround) =>
    ground === 'with-consent' || ground === 'no-information-shared'
      ? t(`crisis.grounds.${ground}`)
      : t('crisis.grounds.limit', { limit: message(confidentialityLimit(ground).name) });
}

const nowForInput = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const emptyEvent = (): CrisisEventFields => ({
  occurredAt: nowForInput(),
  whatHappened: '',
  actionsTaken: '',
  contacts: [],
  followUp: '',
  followUpDate: '',
  disclosureRecordId: null,
});

export function CrisisTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  const groundWords = useGroundWords();
  const [entries, setEntries] = useState<CrisisEntry[] | null>(null);
  const [draft, setDraft] = useState<CrisisEventFields | null>(null);
  const { run, busy, error } = useAction();
  const reload = useCallback(() => void vault('crisis.list', { personId, personName }).then(setEntries), [vault, personId, personName]);
  useEffect(reload, [reload]);
  if (!entries) return <Working label={t('common.opening')} />;

  const set =
    <K extends keyof CrisisEventFields>(key: K) =>
    (value: CrisisEventFields[K]) =>
      setDraft({ ...draft!, [key]: value });
  const setContact = (index: number, change: Partial<CrisisContact>) =>
    set('contacts')(draft!.contacts.map((contact, i) => (i === index ? { ...contact, ...change } : contact)));

  return (
    <div>
      {!draft ? (
        <button type="button" className="primary" onClick={() => setDraft(emptyEvent())}>
          {t('crisis.start')}
        </button>
      ) : (
        <form
          className="document-editor"
          aria-label={t('crisis.form')}
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await vault('crisis.save', { personId, id: null, fields: draft });
              setDraft(null);
              reload();
            });
          }}
        >
          <TextField label={t('crisis.occurredAt')} type="datetime-local" value={draft.occurredAt} onChange={set('occurredAt')} />
          <TextArea label={t('crisis.whatHappened')} value={draft.whatHappened} onChange={set('whatHappened')} />
          <TextArea label={t('crisis.actionsTaken')} value={draft.actionsTaken} onChange={set('actionsTaken')} />
          <fieldset>
            <legend>{t('crisis.contacts')}</legend>
            {draft.contacts.map((contact, index) => (
              <div key={index} className="supporter" role="group" aria-label={t('crisis.contact', { number: index + 1 })}>
                <div className="grid-3">
                  <TextField
                    label={t('crisis.contactWho', { number: index + 1 })}
                    value={contact.who}
                    onChange={(who) => setContact(index, { who })}
                  />
                  <TextField
                    label={t('crisis.organization')}
                    value={contact.organization}
                    onChange={(organization) => setContact(index, { organization })}
                  />
                  <TextField label={t('crisis.why')} value={contact.why} onChange={(why) => setContact(index, { why })} />
                </div>
                <div className="field">
                  <label htmlFor={`ground-${index}`}>{t('crisis.ground')}</label>
                  <select
                    id={`ground-${index}`}
                    value={contact.underLimit}
                    onChange={(event) => setContact(index, { underLimit: event.target.value as ContactGround })}
                  >
                    {CONTACT_GROUNDS.map((ground) => (
                      <option key={ground} value={ground}>
                        {groundWords(ground)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ))}
            <button
              type="button"
              onClick={() => set('contacts')([...draft.contacts, { who: '', organization: '', why: '', underLimit: 'harm-to-self' }])}
            >
              {t('crisis.addContact')}
            </button>
          </fieldset>
          <TextArea label={t('crisis.followUp')} value={draft.followUp} onChange={set('followUp')} />
          <TextField label={t('crisis.followUpDate')} type="date" value={draft.followUpDate} onChange={set('followUpDate')} />
          {error && <Notice tone="error">{error}</Notice>}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>
              {t('crisis.save')}
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {entries.length === 0 && !draft && <p className="empty">{t('crisis.empty')}</p>}
      <ul className="events" aria-label={t('crisis.list')}>
        {entries.map((entry) => (
          <li key={entry.id} className="event">
            <h4>{dates.dateTime(entry.fields.occurredAt)}</h4>
            <p>
              <Trans i18nKey="crisis.happened" values={{ text: entry.fields.whatHappened }} components={{ strong: <strong /> }} />
            </p>
            <p>
              <Trans i18nKey="crisis.done" values={{ text: entry.fields.actionsTaken }} components={{ strong: <strong /> }} />
            </p>
            {entry.fields.contacts.map(({ who, organization, why, underLimit }, index) => (
              <p key={index}>
                {organization
                  ? t('crisis.contactedAt', { who, organization, why, ground: groundWords(underLimit) })
                  : t('crisis.contacted', { who, why, ground: groundWords(underLimit) })}
              </p>
            ))}
            {entry.disclosure && <p className="hint">{t('crisis.limitsTold', { date: dates.date(entry.disclosure.explainedOn) })}</p>}
            {entry.notes.map((note) => (
              <p key={JSON.stringify(note.message)} className="hint">
                {message(note.message)}
              </p>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
