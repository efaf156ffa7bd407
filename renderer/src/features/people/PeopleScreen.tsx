/** The people a peer walks beside: a list, and a form to add or update someone. */
import { useEffect, useState } from 'react';
import type { PersonSummary } from '@shared/records/person';
import { useVault } from '../../app/contexts';
import { Notice, Working, useAction } from '../../ui/form';
import { PersonForm } from './PersonForm';

type Editing = { id: string | null } | null;

export function PeopleScreen() {
  const vault = useVault();
  const [people, setPeople] = useState<PersonSummary[] | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [savedName, setSavedName] = useState<string | null>(null);
  const { run, error } = useAction();

  useEffect(() => {
    void run(async () => setPeople(await vault('people.list')));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once; saves refresh below
  }, [vault]);

  const refresh = async () => setPeople(await vault('people.list'));

  if (editing) {
    return (
      <PersonForm
        id={editing.id}
        onDone={async (name) => {
          setEditing(null);
          setSavedName(name);
          await run(refresh);
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  return (
    <section aria-labelledby="people-heading">
      <div className="section-head">
        <h1 id="people-heading">People</h1>
        <button type="button" className="primary" onClick={() => { setSavedName(null); setEditing({ id: null }); }}>
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
              <button type="button" className="person-row" onClick={() => { setSavedName(null); setEditing({ id: person.id }); }}>
                <span className="person-name">{person.preferredName}</span>
                {person.pronouns && <span className="person-pronouns">{person.pronouns}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
