/**
 * A person's profile. Only the name they like to be called is needed; collect the rest only as
 * the work needs it. "In their words" fields are theirs, not a summary.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonFields, Supporter } from '@shared/records/person';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Form, CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';

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

const newSupporter = (): Supporter => ({
  id: crypto.randomUUID(),
  name: '',
  relationship: '',
  phone: '',
  isEmergencyContact: false,
  okToShareWith: false,
});

/** The form for someone new, or for updating one person's profile. */
export const personDraftKey = (id: string | null) => (id ? `person/${id}` : 'person/new');

export function PersonForm({ id, onDone, onCancel }: { id: string | null; onDone(name: string, id: string): void; onCancel(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const kept = useKeptDraft<PersonFields>(personDraftKey(id));
  const [draft, setDraft] = useState<PersonFields | null>(kept ? { ...EMPTY, ...kept.values } : id ? null : EMPTY);
  const [changed, setChanged] = useState(kept !== null);
  useDraft({
    key: draft && personDraftKey(id),
    place: id ? { screen: 'people', personId: id, tab: 'about' } : { screen: 'people' },
    values: draft,
    changed,
  });
  const { run, busy, error } = useAction();

  useEffect(() => {
    if (!id || kept) return;
    void run(async () => {
      const { id: _id, rev: _rev, ...fields } = await vault('people.get', { id });
      setDraft({ ...EMPTY, ...fields });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load when the person changes
  }, [id, vault]);

  if (!draft) return error ? <Notice tone="error">{error}</Notice> : <Working label={t('common.opening')} />;
  const set =
    <K extends keyof PersonFields>(key: K) =>
    (value: PersonFields[K]) => {
      setDraft({ ...draft, [key]: value });
      setChanged(true);
    };
  const setSupporter = (index: number, change: Partial<Supporter>) =>
    set('supporters')(draft.supporters.map((supporter, i) => (i === index ? { ...supporter, ...change } : supporter)));

  return (
    // autoComplete off: the browser must not keep its own plaintext history of what is typed here.
    <Form
      autoComplete="off"
      className="person-form"
      aria-labelledby="person-form-heading"
      onSubmit={() => {
        void run(async () => {
          const saved = await vault('people.save', { id, fields: draft });
          onDone(saved.preferredName, saved.id);
        });
      }}
    >
      <h1 id="person-form-heading">
        {!id
          ? t('personForm.add')
          : draft.preferredName
            ? t('personForm.aboutNamed', { name: draft.preferredName })
            : t('personForm.aboutUnnamed')}
      </h1>
      <div className="grid-2">
        <TextField
          label={t('personForm.preferredName')}
          value={draft.preferredName}
          onChange={set('preferredName')}
          required
          autoFocus={!id}
        />
        <TextField
          label={t('personForm.pronouns')}
          value={draft.pronouns}
          onChange={set('pronouns')}
          placeholder={t('personForm.pronounsExample')}
        />
        <TextField label={t('personForm.legalName')} value={draft.legalName} onChange={set('legalName')} />
        <TextField label={t('personForm.dateOfBirth')} type="date" value={draft.dateOfBirth} onChange={set('dateOfBirth')} />
        <TextField label={t('personForm.recordNumber')} value={draft.recordNumber} onChange={set('recordNumber')} />
      </div>
      <fieldset>
        <legend>{t('personForm.reachingThem')}</legend>
        <div className="grid-2">
          <TextField label={t('personForm.phone')} type="tel" value={draft.phone} onChange={set('phone')} />
          <TextField label={t('personForm.email')} type="email" value={draft.email} onChange={set('email')} />
        </div>
        <div className="row">
          <CheckBox label={t('personForm.okToCall')} checked={draft.okToCall} onChange={set('okToCall')} />
          <CheckBox label={t('personForm.okToText')} checked={draft.okToText} onChange={set('okToText')} />
          <CheckBox label={t('personForm.okToLeaveVoicemail')} checked={draft.okToLeaveVoicemail} onChange={set('okToLeaveVoicemail')} />
        </div>
      </fieldset>
      <TextArea label={t('personForm.importantToMe')} value={draft.importantToMe} onChange={set('importantToMe')} />
      <TextArea label={t('personForm.howToSupportMe')} value={draft.howToSupportMe} onChange={set('howToSupportMe')} />
      <TextArea label={t('personForm.strengths')} value={draft.strengths} onChange={set('strengths')} />
      <fieldset>
        <legend>{t('personForm.supporters')}</legend>
        {draft.supporters.length === 0 && <p className="hint">{t('personForm.supportersHint')}</p>}
        {draft.supporters.map((supporter, index) => (
          <div key={supporter.id} className="supporter" role="group" aria-label={t('personForm.supporter', { number: index + 1 })}>
            <div className="grid-3">
              <TextField
                label={t('personForm.supporterName', { number: index + 1 })}
                value={supporter.name}
                onChange={(name) => setSupporter(index, { name })}
              />
              <TextField
                label={t('personForm.relationship')}
                value={supporter.relationship}
                onChange={(relationship) => setSupporter(index, { relationship })}
              />
              <TextField
                label={t('personForm.theirPhone')}
                type="tel"
                value={supporter.phone}
                onChange={(phone) => setSupporter(index, { phone })}
              />
            </div>
            <div className="row">
              <CheckBox
                label={t('personForm.emergencyContact')}
                checked={supporter.isEmergencyContact}
                onChange={(isEmergencyContact) => setSupporter(index, { isEmergencyContact })}
              />
              <CheckBox
                label={t('personForm.okToShareWith')}
                checked={supporter.okToShareWith}
                onChange={(okToShareWith) => setSupporter(index, { okToShareWith })}
              />
              <button type="button" onClick={() => set('supporters')(draft.supporters.filter((_, i) => i !== index))}>
                {t('personForm.removeSupporter', { number: index + 1 })}
              </button>
            </div>
          </div>
        ))}
        <button type="button" onClick={() => set('supporters')([...draft.supporters, newSupporter()])}>
          {t('personForm.addSupporter')}
        </button>
        <p className="hint">{t('personForm.releaseNeeded')}</p>
      </fieldset>
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}
