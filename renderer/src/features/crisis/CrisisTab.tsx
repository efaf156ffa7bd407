/** Writing down a crisis or safety event afterwards: plainly, with who was contacted and why. */
import { useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  CONTACT_GROUNDS,
  followUpOpen,
  type ContactGround,
  type CrisisContact,
  type CrisisEventFields,
} from '@shared/records/crisis-event';
import { confidentialityLimit } from '@shared/records/confidentiality';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Form, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import type { CrisisEntry } from './worker/crisis-handlers';

/** What allowed a contact: one of the limits of confidentiality (named as the person heard it), consent, or nothing shared. */
function useGroundWords() {
  const { t } = useTranslation();
  const message = useMessage();
  return (ground: ContactGround) =>
    ground === 'with-consent' || ground === 'no-information-shared'
      ? t(`crisis.grounds.${ground}`)
      : t('crisis.grounds.limit', { limit: message(confidentialityLimit(ground).name) });
}

/** A contact as the form holds it: what allowed it is chosen by the peer, never assumed (the vault refuses none). */
type DraftContact = Omit<CrisisContact, 'underLimit'> & { underLimit: ContactGround | '' };
type Draft = Omit<CrisisEventFields, 'contacts'> & { contacts: DraftContact[] };

const nowForInput = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const emptyEvent = (): Draft => ({
  occurredAt: nowForInput(),
  whatHappened: '',
  actionsTaken: '',
  contacts: [],
  followUp: '',
  followUpDate: '',
  followUpDone: false,
  disclosureRecordId: null,
});

export function CrisisTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  const groundWords = useGroundWords();
  const [entries, setEntries] = useState<CrisisEntry[] | null>(null);
  const draftKey = `crisis/${personId}/new`;
  const kept = useKeptDraft<Draft>(draftKey);
  // An open form is unsaved work: it is kept as a draft until saved or cancelled.
  const [draft, setDraft] = useState<Draft | null>(kept && { ...emptyEvent(), ...kept.values });
  useDraft({ key: draftKey, place: { screen: 'people', personId, tab: 'crisis' }, values: draft, changed: draft !== null });
  const { run, busy, error } = useAction();
  const reload = useCallback(() => void vault('crisis.list', { personId, personName }).then(setEntries), [vault, personId, personName]);
  useEffect(reload, [reload]);
  if (!entries) return <Working label={t('common.opening')} />;

  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft({ ...draft!, [key]: value });
  const setContact = (index: number, change: Partial<DraftContact>) =>
    set('contacts')(draft!.contacts.map((contact, i) => (i === index ? { ...contact, ...change } : contact)));

  return (
    <div>
      {!draft ? (
        <button type="button" className="primary" onClick={() => setDraft(emptyEvent())}>
          {t('crisis.start')}
        </button>
      ) : (
        <Form
          className="document-editor"
          aria-label={t('crisis.form')}
          onSubmit={() => {
            void run(async () => {
              // A contact with no ground chosen is refused by the vault's rule, in the peer's words.
              await vault('crisis.save', { personId, id: null, fields: draft as CrisisEventFields });
              setDraft(null);
              reload();
            });
          }}
        >
          {kept && <KeptDraftLine keptAt={kept.keptAt} />}
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
                    <option value="" disabled>
                      {t('crisis.chooseGround')}
                    </option>
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
              onClick={() => set('contacts')([...draft.contacts, { who: '', organization: '', why: '', underLimit: '' }])}
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
        </Form>
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
            {entry.fields.followUp && (
              <p>
                <Trans i18nKey="crisis.followUpText" values={{ text: entry.fields.followUp }} components={{ strong: <strong /> }} />
              </p>
            )}
            {entry.fields.followUpDate && (
              <p>
                {t(entry.fields.followUpDone ? 'crisis.followedUp' : 'crisis.followUpBy', {
                  name: personName,
                  date: dates.date(entry.fields.followUpDate),
                })}{' '}
                {followUpOpen(entry.fields) && (
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void run(async () => {
                        await vault('crisis.save', { personId, id: entry.id, fields: { ...entry.fields, followUpDone: true } });
                        reload();
                      })
                    }
                  >
                    {t('crisis.markFollowedUp')}
                  </button>
                )}
              </p>
            )}
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
