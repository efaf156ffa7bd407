/** The people a peer walks beside: a list, and a form to add or update someone. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVault } from '../../ui/contexts';
import { Notice, Working, useAction } from '../../ui/form';
import { GROUP_NOTE_DRAFT_KEY, GroupNoteForm } from '../notes/GroupNoteForm';
import { PersonForm, personDraftKey } from './PersonForm';
import { PersonPage } from './PersonPage';
import type { PersonTab } from '@shared/places';
import type { PersonListEntry } from './worker/people-handlers';
import { useKeptDraft } from '../../ui/use-draft';

type View =
  | { kind: 'list' }
  | { kind: 'adding' }
  | { kind: 'group' }
  | { kind: 'person'; id: string; tab?: PersonTab; noteId?: string; write?: 'note' };

type Reminder = 'confidentialityNone' | 'confidentialityDue' | 'noAgreement' | 'agreementDue';

function remindersOf({ reminders, handedOver }: PersonListEntry): Reminder[] {
  const due: Reminder[] = [];
  if (handedOver) return due;
  if (reminders.confidentiality.state === 'none') due.push('confidentialityNone');
  else if (reminders.confidentiality.state !== 'current') due.push('confidentialityDue');
  if (!reminders.hasAgreement) due.push('noAgreement');
  else if (reminders.agreementReview) due.push('agreementDue');
  return due;
}

/** `open`: a person's page (at a tab) to show first, as when Today or a search result leads here. */
export function PeopleScreen({ open }: { open?: { personId: string; tab?: PersonTab; noteId?: string; write?: 'note' } }) {
  const vault = useVault();
  const { t } = useTranslation();
  const [people, setPeople] = useState<PersonListEntry[] | null>(null);
  // Someone being added, or a group note, when the notebook locked: that form opens again.
  const addingKept = useKeptDraft(personDraftKey(null)) !== null;
  const groupKept = useKeptDraft(GROUP_NOTE_DRAFT_KEY) !== null;
  const [view, setView] = useState<View>(
    open
      ? { kind: 'person', id: open.personId, tab: open.tab, noteId: open.noteId, write: open.write }
      : addingKept
        ? { kind: 'adding' }
        : groupKept
          ? { kind: 'group' }
          : { kind: 'list' },
  );
  const [savedName, setSavedName] = useState<string | null>(null);
  const { run, error } = useAction();

  useEffect(() => {
    void run(async () => setPeople(await vault('people.list')));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once; saves refresh below
  }, [vault]);

  const refresh = async () => setPeople(await vault('people.list'));

  if (view.kind === 'adding') {
    return (
      <PersonForm
        id={null}
        onDone={async (name, id) => {
          setSavedName(name);
          setView({ kind: 'person', id });
          await run(refresh);
        }}
        onCancel={() => setView({ kind: 'list' })}
      />
    );
  }
  if (view.kind === 'group') {
    return <GroupNoteForm people={people ?? []} onDone={() => setView({ kind: 'list' })} />;
  }
  if (view.kind === 'person') {
    return (
      <>
        {savedName && <Notice tone="success">{t('people.saved', { name: savedName })}</Notice>}
        <PersonPage
          id={view.id}
          initialTab={view.tab}
          openNoteId={view.noteId}
          newNote={view.write === 'note'}
          // The confirmation belongs to the moment of saving, not to every tab after it.
          onMoveOn={() => setSavedName(null)}
          onBack={() => {
            // Reminders may have changed on the person's page: never show the list's old ones.
            setPeople(null);
            setSavedName(null);
            setView({ kind: 'list' });
            void run(refresh);
          }}
        />
      </>
    );
  }

  return (
    <section aria-labelledby="people-heading">
      <div className="section-head">
        <h1 id="people-heading">{t('people.title')}</h1>
        <div className="section-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setSavedName(null);
              setView({ kind: 'adding' });
            }}
          >
            {t('people.add')}
          </button>
          <button
            type="button"
            onClick={() => {
              setSavedName(null);
              setView({ kind: 'group' });
            }}
          >
            {t('notes.group.open')}
          </button>
        </div>
      </div>
      {savedName && <Notice tone="success">{t('people.saved', { name: savedName })}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {people === null ? (
        !error && <Working label={t('people.opening')} />
      ) : people.length === 0 ? (
        <p className="empty">{t('people.empty')}</p>
      ) : (
        <ul className="people-list" aria-label={t('people.list')}>
          {people.map((person) => (
            <li key={person.id}>
              <button
                type="button"
                className="person-row"
                onClick={() => {
                  setSavedName(null);
                  setView({ kind: 'person', id: person.id });
                }}
              >
                <span className="person-name">
                  {person.preferredName} {person.pronouns && <span className="person-pronouns">({person.pronouns})</span>}
                </span>
                <span className="reminders">
                  {person.handedOver && <span className="chip">{t('handOver.listChip')}</span>}
                  {remindersOf(person).map((reminder) => (
                    <span key={reminder} className="chip chip-reminder">
                      {t(`people.reminders.${reminder}`)}
                    </span>
                  ))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
