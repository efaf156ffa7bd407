/**
 * A person's profile. Only the name they like to be called is needed; collect the rest only as
 * the work needs it. "In their words" fields are theirs, not a summary.
 */
import { useEffect, useState } from 'react';
import type { PersonFields, Supporter } from '@shared/records/person';
import { useVault } from '../../app/contexts';
import { CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';

const EMPTY: PersonFields = {
  preferredName: '',
  legalName: '',
  pronouns: '',
  dateOfBirth: '',
  recordNumber: '',
  phone: '',
  email: '',
  okToCall: false,
  okToText: false,
  okToLeaveVoicemail: false,
  importantToMe: '',
  howToSupportMe: '',
  strengths: '',
  supporters: [],
};

const newSupporter = (): Supporter => ({ id: crypto.randomUUID(), name: '', relationship: '', phone: '', isEmergencyContact: false, okToShareWith: false });

export function PersonForm({ id, onDone, onCancel }: { id: string | null; onDone(name: string, id: string): void; onCancel(): void }) {
  const vault = useVault();
  const [draft, setDraft] = useState<PersonFields | null>(id ? null : EMPTY);
  const { run, busy, error } = useAction();

  useEffect(() => {
    if (!id) return;
    void run(async () => {
      const { id: _id, rev: _rev, ...fields } = await vault('people.get', { id });
      setDraft({ ...EMPTY, ...fields });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the person changes
  }, [id, vault]);

  if (!draft) return error ? <Notice tone="error">{error}</Notice> : <Working label="Opening" />;
  const set = <K extends keyof PersonFields>(key: K) => (value: PersonFields[K]) => setDraft({ ...draft, [key]: value });
  const setSupporter = (index: number, change: Partial<Supporter>) =>
    set('supporters')(draft.supporters.map((supporter, i) => (i === index ? { ...supporter, ...change } : supporter)));

  return (
    // autoComplete off: the browser must not keep its own plaintext history of what is typed here.
    <form
      autoComplete="off"
      className="person-form"
      aria-labelledby="person-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const saved = await vault('people.save', { id, fields: draft });
          onDone(saved.preferredName, saved.id);
        });
      }}
    >
      <h1 id="person-form-heading">{id ? `About ${draft.preferredName || 'this person'}` : 'Add a person'}</h1>
      <div className="grid-2">
        <TextField label="Name they like to be called" value={draft.preferredName} onChange={set('preferredName')} required autoFocus={!id} />
        <TextField label="Pronouns" value={draft.pronouns} onChange={set('pronouns')} placeholder="for example: she/her, they/them" />
        <TextField label="Legal name (only if needed, for example for billing)" value={draft.legalName} onChange={set('legalName')} />
        <TextField label="Date of birth" type="date" value={draft.dateOfBirth} onChange={set('dateOfBirth')} />
        <TextField label="Record or Medicaid number" value={draft.recordNumber} onChange={set('recordNumber')} />
      </div>
      <fieldset>
        <legend>Reaching them</legend>
        <div className="grid-2">
          <TextField label="Phone" type="tel" value={draft.phone} onChange={set('phone')} />
          <TextField label="Email" type="email" value={draft.email} onChange={set('email')} />
        </div>
        <div className="row">
          <CheckBox label="OK to call" checked={draft.okToCall} onChange={set('okToCall')} />
          <CheckBox label="OK to text" checked={draft.okToText} onChange={set('okToText')} />
          <CheckBox label="OK to leave a voicemail" checked={draft.okToLeaveVoicemail} onChange={set('okToLeaveVoicemail')} />
        </div>
      </fieldset>
      <TextArea label="What is important to me (in their words)" value={draft.importantToMe} onChange={set('importantToMe')} />
      <TextArea label="How best to support me (in their words)" value={draft.howToSupportMe} onChange={set('howToSupportMe')} />
      <TextArea label="Strengths (in their words)" value={draft.strengths} onChange={set('strengths')} />
      <fieldset>
        <legend>Supporters and emergency contacts</legend>
        {draft.supporters.length === 0 && <p className="hint">People in their corner: family, friends, a sponsor, a neighbour.</p>}
        {draft.supporters.map((supporter, index) => (
          <div key={supporter.id} className="supporter" role="group" aria-label={`Supporter ${index + 1}`}>
            <div className="grid-3">
              <TextField label={`Supporter ${index + 1}: name`} value={supporter.name} onChange={(name) => setSupporter(index, { name })} />
              <TextField label="Relationship" value={supporter.relationship} onChange={(relationship) => setSupporter(index, { relationship })} />
              <TextField label="Their phone" type="tel" value={supporter.phone} onChange={(phone) => setSupporter(index, { phone })} />
            </div>
            <div className="row">
              <CheckBox label="Emergency contact" checked={supporter.isEmergencyContact} onChange={(isEmergencyContact) => setSupporter(index, { isEmergencyContact })} />
              <CheckBox label="They'd like me to be able to talk with this person" checked={supporter.okToShareWith} onChange={(okToShareWith) => setSupporter(index, { okToShareWith })} />
              <button type="button" onClick={() => set('supporters')(draft.supporters.filter((_, i) => i !== index))}>
                Remove supporter {index + 1}
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => set('supporters')([...draft.supporters, newSupporter()])}>
          Add a supporter
        </button>
        <p className="hint">Talking with a supporter about them still needs a release of information that names the supporter.</p>
      </fieldset>
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
