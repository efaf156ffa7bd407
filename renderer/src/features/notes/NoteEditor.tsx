/**
 * Writing a service note: when and where, how you met, the goals from their plan you worked on,
 * what you did, how they responded and what comes next. The units show as the times are typed;
 * "Sign this note" saves and locks it in one step. The peer's name, credential and service code
 * come from their profile (set once in Settings) and are shown, not asked for again.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_TYPES,
  defaultServiceCode,
  NOTE_SETTINGS,
  type ContactType,
  type GoalAddressed,
  type GoalToOffer,
  type ServiceNoteFields,
} from '@shared/records/service-note';
import type { PeerProfileFields } from '@shared/records/peer-profile';
import { useVault } from '../../ui/contexts';
import { useNavigate } from '../../ui/navigation';
import { KeptDraftLine, useDraft } from '../../ui/use-draft';
import { Form, CheckBox, Notice, SelectField, TextArea, useAction } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { MeetingTimes } from './MeetingTimes';

/** The plan's open goals, and any goal the note already names that is no longer open, so it can be unticked. */
function goalChoices(offered: GoalToOffer[], picked: GoalAddressed[]): GoalToOffer[] {
  const kept = picked.filter((goal) => !offered.some((offer) => offer.goalId === goal.goalId)).map((goal) => ({ ...goal, openSteps: [] }));
  return [...offered, ...kept];
}

/** What a kept draft of the note editor holds: which note (null: a new one) and what was written. */
export interface NoteDraft {
  id: string | null;
  fields: ServiceNoteFields;
}

/** One note editor per person at a time, so the person names the draft. */
export const noteDraftKey = (personId: string) => `note/${personId}`;

export function NoteEditor({
  personId,
  id,
  initial,
  goals,
  peer,
  lastNextSteps = '',
  onSaved,
  onSigned,
  onCancel,
  keptAt,
}: {
  personId: string;
  /** Null for a new note. */
  id: string | null;
  initial: ServiceNoteFields;
  goals: GoalToOffer[];
  /** The peer's profile: who signs, and the service code a contact type falls back to. */
  peer: PeerProfileFields;
  /** The last note's next steps, shown beside "What you did" (empty: nothing to show). */
  lastNextSteps?: string;
  /** The draft was saved (as `id`, when it was new). */
  onSaved(id: string): void;
  onSigned(): void;
  onCancel(): void;
  /** When the note reopens from a draft kept as the notebook locked: when that was. */
  keptAt?: string;
}) {
  const vault = useVault();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [fields, setFields] = useState(initial);
  const [saved, setSaved] = useState(false);
  // A note reopened from a draft holds words not yet saved.
  const [changed, setChanged] = useState(keptAt !== undefined);
  const draft = useMemo((): NoteDraft => ({ id, fields }), [id, fields]);
  useDraft({ key: noteDraftKey(personId), place: { screen: 'people', personId, tab: 'notes' }, values: draft, changed });
  const { run, busy, error } = useAction();
  const edited = () => {
    setSaved(false);
    setChanged(true);
  };
  const set =
    <K extends keyof ServiceNoteFields>(key: K) =>
    (value: ServiceNoteFields[K]) => {
      edited();
      setFields((current) => ({ ...current, [key]: value }));
    };
  const setContactType = (contactType: ContactType) => {
    edited();
    // The code follows the type: the group code for a group, else the peer's own (H0038 when they set none).
    setFields((current) => ({ ...current, contactType, serviceCode: defaultServiceCode(contactType, peer.serviceCode) }));
  };
  const toggleGoal = (goal: GoalToOffer, checked: boolean) =>
    set('goalsAddressed')(
      checked
        ? [...fields.goalsAddressed, { goalId: goal.goalId, inTheirWords: goal.inTheirWords }]
        : fields.goalsAddressed.filter((each) => each.goalId !== goal.goalId),
    );
  const choices = goalChoices(goals, fields.goalsAddressed);
  // Signing takes the profile's name and credential; a draft from before they were set shows its own.
  const signer = [peer.name || fields.peerName, peer.credential || fields.credential].filter(Boolean).join(', ');
  const saveDraft = async () => {
    const saved = await vault('notes.saveDraft', { personId, id, fields });
    setSaved(true);
    setChanged(false);
    onSaved(saved.id);
  };
  // Nothing written is lost on the way: a note with changes is saved as a draft first.
  const openSettings = () =>
    void run(async () => {
      if (changed) await saveDraft();
      navigate({ screen: 'settings' });
    });

  return (
    <Form
      className="document-editor note-editor"
      aria-label={t('notes.editor.title')}
      onSubmit={() => {
        void run(async () => {
          await vault('notes.sign', { personId, id, fields });
          onSigned();
        });
      }}
    >
      <MeetingTimes
        value={fields}
        onChange={(times) => {
          edited();
          setFields((current) => ({ ...current, ...times }));
        }}
      />
      <div className="grid-2">
        <SelectField
          label={t('notes.editor.setting')}
          value={fields.setting}
          options={NOTE_SETTINGS.map((value) => ({ value, label: t(`notes.settings.${value}`) }))}
          onChange={set('setting')}
        />
        <SelectField
          label={t('notes.editor.contactType')}
          value={fields.contactType}
          options={CONTACT_TYPES.map((value) => ({ value, label: t(`notes.contactTypes.${value}`) }))}
          onChange={setContactType}
        />
      </div>
      <fieldset>
        <legend>{t('notes.editor.goals')}</legend>
        {choices.length === 0 && <p className="hint">{t('notes.editor.noGoals')}</p>}
        {choices.map((goal) => (
          <div key={goal.goalId}>
            <CheckBox
              label={goal.inTheirWords}
              checked={fields.goalsAddressed.some((each) => each.goalId === goal.goalId)}
              onChange={(checked) => toggleGoal(goal, checked)}
            />
            {goal.openSteps.length > 0 && <p className="hint">{t('notes.editor.openSteps', { steps: goal.openSteps.join('; ') })}</p>}
          </div>
        ))}
      </fieldset>
      {fields.group && <ReadOnlyFields items={[[t('notes.editor.sharedPart'), fields.group.sharedPart]]} />}
      {lastNextSteps && (
        <p className="last-time">
          <strong>{t('notes.editor.lastNextSteps')}</strong> {lastNextSteps}
        </p>
      )}
      <TextArea label={t('notes.editor.whatWeDid')} value={fields.whatWeDid} onChange={set('whatWeDid')} />
      <TextArea label={t('notes.editor.theirResponse')} value={fields.theirResponse} onChange={set('theirResponse')} />
      <TextArea label={t('notes.editor.nextSteps')} value={fields.nextSteps} onChange={set('nextSteps')} />
      <div className="note-signer">
        <ReadOnlyFields
          items={[
            [t('notes.editor.signer'), signer || t('notes.editor.signerMissing')],
            [t('notes.editor.serviceCode'), fields.serviceCode],
          ]}
        />
        <p className="hint">{t('notes.editor.fromSettings')}</p>
        <button type="button" className="link" disabled={busy} onClick={openSettings}>
          {changed ? t('notes.editor.changeInSettingsSaving') : t('notes.editor.changeInSettings')}
        </button>
      </div>
      {keptAt && !saved && <KeptDraftLine keptAt={keptAt} />}
      {error && <Notice tone="error">{error}</Notice>}
      {saved && <Notice tone="success">{t('notes.editor.draftSaved')}</Notice>}
      <p className="hint">{t('notes.editor.signHint')}</p>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void run(saveDraft)}>
          {t('notes.editor.saveDraft')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('notes.editor.sign')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Form>
  );
}
