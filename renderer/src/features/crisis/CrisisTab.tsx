/** Writing down a crisis or safety event afterwards: plainly, with who was contacted and why. */
import { useCallback, useEffect, useState } from 'react';
import { CONTACT_GROUNDS, type ContactGround, type CrisisContact, type CrisisEventFields } from '@shared/records/crisis-event';
import { CONFIDENTIALITY_LIMITS } from '@shared/records/confidentiality';
import { formatDate } from '@shared/records/dates';
import { useVault } from '../../app/contexts';
import { Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import type { CrisisEntry } from './crisis-handlers';

const GROUND_WORDS: Record<ContactGround, string> = {
  ...Object.fromEntries(CONFIDENTIALITY_LIMITS.map((limit) => [limit.id, `Limit of confidentiality: ${limit.name}`])),
  'with-consent': 'They agreed to it',
  'no-information-shared': 'No personal information was shared',
} as Record<ContactGround, string>;

const nowForInput = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
const emptyEvent = (): CrisisEventFields => ({ occurredAt: nowForInput(), whatHappened: '', actionsTaken: '', contacts: [], followUp: '', followUpDate: '', disclosureRecordId: null });

export function CrisisTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const [entries, setEntries] = useState<CrisisEntry[] | null>(null);
  const [draft, setDraft] = useState<CrisisEventFields | null>(null);
  const { run, busy, error } = useAction();
  const reload = useCallback(() => void vault('crisis.list', { personId, personName }).then(setEntries), [vault, personId, personName]);
  useEffect(reload, [reload]);
  if (!entries) return <Working label="Opening" />;

  const set = <K extends keyof CrisisEventFields>(key: K) => (value: CrisisEventFields[K]) => setDraft({ ...draft!, [key]: value });
  const setContact = (index: number, change: Partial<CrisisContact>) => set('contacts')(draft!.contacts.map((contact, i) => (i === index ? { ...contact, ...change } : contact)));

  return (
    <div>
      {!draft ? (
        <button type="button" className="primary" onClick={() => setDraft(emptyEvent())}>Write down a crisis or safety event</button>
      ) : (
        <form
          className="document-editor"
          aria-label="Crisis or safety event"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await vault('crisis.save', { personId, id: null, fields: draft });
              setDraft(null);
              reload();
            });
          }}
        >
          <TextField label="When it happened" type="datetime-local" value={draft.occurredAt} onChange={set('occurredAt')} />
          <TextArea label="What happened" value={draft.whatHappened} onChange={set('whatHappened')} />
          <TextArea label="What you did" value={draft.actionsTaken} onChange={set('actionsTaken')} />
          <fieldset>
            <legend>Who you contacted</legend>
            {draft.contacts.map((contact, index) => (
              <div key={index} className="supporter" role="group" aria-label={`Contact ${index + 1}`}>
                <div className="grid-3">
                  <TextField label={`Contact ${index + 1}: who`} value={contact.who} onChange={(who) => setContact(index, { who })} />
                  <TextField label="Where they work" value={contact.organization} onChange={(organization) => setContact(index, { organization })} />
                  <TextField label="Why" value={contact.why} onChange={(why) => setContact(index, { why })} />
                </div>
                <div className="field">
                  <label htmlFor={`ground-${index}`}>What allowed it</label>
                  <select id={`ground-${index}`} value={contact.underLimit} onChange={(event) => setContact(index, { underLimit: event.target.value as ContactGround })}>
                    {CONTACT_GROUNDS.map((ground) => <option key={ground} value={ground}>{GROUND_WORDS[ground]}</option>)}
                  </select>
                </div>
              </div>
            ))}
            <button type="button" onClick={() => set('contacts')([...draft.contacts, { who: '', organization: '', why: '', underLimit: 'harm-to-self' }])}>Add someone you contacted</button>
          </fieldset>
          <TextArea label="Follow-up" value={draft.followUp} onChange={set('followUp')} />
          <TextField label="Follow up by" type="date" value={draft.followUpDate} onChange={set('followUpDate')} />
          {error && <Notice tone="error">{error}</Notice>}
          <div className="row">
            <button type="submit" className="primary" disabled={busy}>Save the event</button>
            <button type="button" onClick={() => setDraft(null)}>Cancel</button>
          </div>
        </form>
      )}
      {entries.length === 0 && !draft && <p className="empty">Nothing written down here.</p>}
      <ul className="events" aria-label="Crisis and safety events">
        {entries.map((entry) => (
          <li key={entry.id} className="event">
            <h4>{new Date(entry.fields.occurredAt).toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })}</h4>
            <p><strong>What happened:</strong> {entry.fields.whatHappened}</p>
            <p><strong>What was done:</strong> {entry.fields.actionsTaken}</p>
            {entry.fields.contacts.map((contact, index) => (
              <p key={index}>Contacted {contact.who}{contact.organization && ` (${contact.organization})`}: {contact.why}. {GROUND_WORDS[contact.underLimit]}.</p>
            ))}
            {entry.disclosure && <p className="hint">Limits of confidentiality they had been told: explained on {formatDate(entry.disclosure.explainedOn)}.</p>}
            {entry.notes.map((note) => <p key={note.message} className="hint">{note.message}</p>)}
          </li>
        ))}
      </ul>
    </div>
  );
}
