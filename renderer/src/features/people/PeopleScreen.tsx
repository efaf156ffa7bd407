/** The people a peer walks beside: a list, and a form to add or update someone. */
import { useEffect, useState } from 'react';
import { useVault } from '../../app/contexts';
import { Notice, Working, useAction } from '../../ui/form';
import { PersonForm } from './PersonForm';
import { PersonPage } from './PersonPage';
import type { PersonListEntry } from './people-handlers';

type View = { kind: 'list' } | { kind: 'adding' } | { kind: 'person'; id: string };

function reminderWords({ reminders }: PersonListEntry): string[] {
  const words: string[] = [];
  if (reminders.confidentiality.state === 'none') words.push('Limits of confidentiality not gone over yet');
  else if (reminders.confidentiality.state !== 'current') words.push('Limits of confidentiality due for review');
  if (!reminders.hasAgreement) words.push('No agreement yet');
  else if (reminders.agreementReview) words.push('Agreement due for review');
  return words;
}

export function PeopleScreen() {
  const vault = useVault();
  const [people, setPeople] = useState<PersonListEntry[] | null>(null);
  const [view, setView] = useState<View>({ kind: 'list' });
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
  if (view.kind === 'person') {
    return (
      <>
        {savedName && <Notice tone="success">Saved {savedName}.</Notice>}
        <PersonPage
          id={view.id}
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
        <h1 id="people-heading">People</h1>
        <button type="button" className="primary" onClick={() => { setSavedName(null); setView({ kind: 'adding' }); }}>
          Add a person
        </button>
      </div>
      {savedName && <Notice tone="success">Saved {savedName}.</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      {people === null ? (
        !error && <Working label="Opening your people" />
      ) : people.length === 0 ? (
        <p className="empty">No one here yet. When you start walking beside someone, add them with "Add a person".</p>
      ) : (
        <ul className="people-list" aria-label="People you support">
          {people.map((person) => (
            <li key={person.id}>
              <button type="button" className="person-row" onClick={() => { setSavedName(null); setView({ kind: 'person', id: person.id }); }}>
                <span className="person-name">
                  {person.preferredName} {person.pronouns && <span className="person-pronouns">({person.pronouns})</span>}
                </span>
                <span className="reminders">
                  {reminderWords(person).map((words) => <span key={words} className="chip chip-reminder">{words}</span>)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
