/**
 * A group session, written once: who was there, when and where, what the group did (shared by
 * every note, so it names no one), and each person's own part. Saving makes a draft note for each
 * person (group, H0038-HQ), to be signed on their Notes tab.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_SETTINGS, type NoteSetting } from '@shared/records/service-note';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { localToday } from '../../vault/clock';
import { Form, CheckBox, Notice, SelectField, TextArea, useAction } from '../../ui/form';
import type { PersonListEntry } from '../people/worker/people-handlers';
import { MeetingTimes } from './MeetingTimes';
import type { GroupPart } from './worker/note-handlers';

const emptyPart = (personId: string): GroupPart => ({ personId, individualPart: '', theirResponse: '', nextSteps: '' });

/** What a kept draft of the group note holds: everything on the form. */
interface GroupNoteDraft {
  times: { date: string; startTime: string; endTime: string };
  setting: NoteSetting;
  sharedPart: string;
  parts: GroupPart[];
  chosen: string[];
}

/** One group note is written at a time. */
export const GROUP_NOTE_DRAFT_KEY = 'group-note/new';

/** `onDone`: back to the people list, after saving or instead of it. */
export function GroupNoteForm({ people, onDone }: { people: PersonListEntry[]; onDone(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const keptDraft = useKeptDraft<GroupNoteDraft>(GROUP_NOTE_DRAFT_KEY);
  const kept = keptDraft?.values;
  const [times, setTimes] = useState(kept?.times ?? { date: localToday(), startTime: '', endTime: '' });
  const [setting, setSetting] = useState<NoteSetting>(kept?.setting ?? 'community');
  const [sharedPart, setSharedPart] = useState(kept?.sharedPart ?? '');
  // In the order people were ticked; each keeps their part if unticked and ticked again.
  const [parts, setParts] = useState<GroupPart[]>(kept?.parts ?? []);
  const [chosen, setChosen] = useState<string[]>(kept?.chosen ?? []);
  const [savedCount, setSavedCount] = useState<number | null>(null);
  const draft = useMemo((): GroupNoteDraft => ({ times, setting, sharedPart, parts, chosen }), [times, setting, sharedPart, parts, chosen]);
  const written = sharedPart !== '' || chosen.length > 0 || parts.length > 0 || times.startTime !== '' || times.endTime !== '';
  useDraft({ key: GROUP_NOTE_DRAFT_KEY, place: { screen: 'people' }, values: draft, changed: savedCount === null && written });
  const { run, busy, error } = useAction();

  const partOf = (personId: string) => parts.find((part) => part.personId === personId) ?? emptyPart(personId);
  const setPart = (personId: string, change: Partial<GroupPart>) =>
    setParts([...parts.filter((part) => part.personId !== personId), { ...partOf(personId), ...change }]);
  const choose = (personId: string, checked: boolean) =>
    setChosen(checked ? [...chosen, personId] : chosen.filter((id) => id !== personId));
  const nameOf = (personId: string) => people.find((person) => person.id === personId)?.preferredName ?? '';

  if (savedCount !== null) {
    return (
      <section aria-labelledby="group-note-heading">
        <h1 id="group-note-heading">{t('notes.group.title')}</h1>
        <Notice tone="success">{t('notes.group.saved', { count: savedCount })}</Notice>
        <button type="button" className="primary" onClick={onDone}>
          {t('notes.group.back')}
        </button>
      </section>
    );
  }

  return (
    <section aria-labelledby="group-note-heading">
      <h1 id="group-note-heading">{t('notes.group.title')}</h1>
      <p>{t('notes.group.intro')}</p>
      {keptDraft && <KeptDraftLine keptAt={keptDraft.keptAt} />}
      {people.length < 2 && <p className="hint">{t('notes.group.noPeople')}</p>}
      <Form
        className="document-editor"
        onSubmit={() => {
          void run(async () => {
            const saved = await vault('notes.saveGroup', { ...times, setting, sharedPart, participants: chosen.map(partOf) });
            setSavedCount(saved.length);
          });
        }}
      >
        <fieldset>
          <legend>{t('notes.group.who')}</legend>
          {people.map((person) => (
            <CheckBox
              key={person.id}
              label={person.preferredName}
              checked={chosen.includes(person.id)}
              onChange={(checked) => choose(person.id, checked)}
            />
          ))}
        </fieldset>
        <MeetingTimes value={times} onChange={setTimes} />
        <SelectField
          label={t('notes.editor.setting')}
          value={setting}
          options={NOTE_SETTINGS.map((value) => ({ value, label: t(`notes.settings.${value}`) }))}
          onChange={(value: NoteSetting) => setSetting(value)}
        />
        <TextArea label={t('notes.group.sharedPart')} value={sharedPart} onChange={setSharedPart} />
        {chosen.map((personId) => {
          const name = nameOf(personId);
          const part = partOf(personId);
          return (
            <fieldset key={personId} className="group-part">
              <legend>{t('notes.group.ownPart', { name })}</legend>
              <TextArea
                label={t('notes.group.individualPart', { name })}
                value={part.individualPart}
                onChange={(individualPart) => setPart(personId, { individualPart })}
              />
              <TextArea
                label={t('notes.group.theirResponse', { name })}
                value={part.theirResponse}
                onChange={(theirResponse) => setPart(personId, { theirResponse })}
              />
              <TextArea
                label={t('notes.group.nextSteps', { name })}
                value={part.nextSteps}
                onChange={(nextSteps) => setPart(personId, { nextSteps })}
              />
            </fieldset>
          );
        })}
        {error && <Notice tone="error">{error}</Notice>}
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('notes.group.save')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </Form>
    </section>
  );
}
