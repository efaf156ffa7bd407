/** Adding or updating a person. Only the name they like to be called is needed. */
import { useEffect, useState } from 'react';
import type { PersonInput } from '@shared/records/person';
import { useVault } from '../../app/contexts';
import { CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';

const EMPTY: Required<Pick<PersonInput, 'preferredName' | 'pronouns' | 'phone' | 'okToCall' | 'okToText' | 'okToLeaveVoicemail' | 'importantToMe' | 'howToSupportMe'>> = {
  preferredName: '',
  pronouns: '',
  phone: '',
  okToCall: false,
  okToText: false,
  okToLeaveVoicemail: false,
  importantToMe: '',
  howToSupportMe: '',
};
type Draft = typeof EMPTY;

export function PersonForm({ id, onDone, onCancel }: { id: string | null; onDone(name: string): void; onCancel(): void }) {
  const vault = useVault();
  const [draft, setDraft] = useState<Draft | null>(id ? null : EMPTY);
  const [others, setOthers] = useState<PersonInput>({ preferredName: '' });
  const { run, busy, error } = useAction();

  useEffect(() => {
    if (!id) return;
    void run(async () => {
      const person = await vault('people.get', { id });
      setOthers(person);
      setDraft({ ...EMPTY, ...Object.fromEntries(Object.keys(EMPTY).map((key) => [key, person[key as keyof Draft]])) } as Draft);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the person changes
  }, [id, vault]);

  if (!draft) return error ? <Notice tone="error">{error}</Notice> : <Working label="Opening" />;
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft({ ...draft, [key]: value });

  return (
    // autoComplete off: the browser must not keep its own plaintext history of what is typed here.
    <form
      autoComplete="off"
      className="person-form"
      aria-labelledby="person-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          const saved = await vault('people.save', { id, fields: { ...others, ...draft } });
          onDone(saved.preferredName);
        });
      }}
    >
      <h1 id="person-form-heading">{id ? `About ${draft.preferredName || 'this person'}` : 'Add a person'}</h1>
      <div className="grid-2">
        <TextField label="Name they like to be called" value={draft.preferredName} onChange={set('preferredName')} required autoFocus={!id} />
        <TextField label="Pronouns" value={draft.pronouns} onChange={set('pronouns')} placeholder="for example: she/her, they/them" />
      </div>
      <fieldset>
        <legend>Reaching them</legend>
        <TextField label="Phone" type="tel" value={draft.phone} onChange={set('phone')} />
        <div className="row">
          <CheckBox label="OK to call" checked={draft.okToCall} onChange={set('okToCall')} />
          <CheckBox label="OK to text" checked={draft.okToText} onChange={set('okToText')} />
          <CheckBox label="OK to leave a voicemail" checked={draft.okToLeaveVoicemail} onChange={set('okToLeaveVoicemail')} />
        </div>
      </fieldset>
      <TextArea label="What is important to me (in their words)" value={draft.importantToMe} onChange={set('importantToMe')} />
      <TextArea label="How best to support me (in their words)" value={draft.howToSupportMe} onChange={set('howToSupportMe')} />
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
