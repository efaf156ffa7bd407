/**
 * The people feature's side of the vault: runs inside the vault worker, next to the keys.
 * Screens reach these through the vault client, by name.
 */
import { PersonFields, type PersonInput, type PersonSummary } from '@shared/records/person';
import type { Vault } from '../../vault/vault';
import { InvalidInputError, RecordNotFoundError } from '../../vault/errors';

export interface Person extends PersonFields {
  id: string;
  rev: string;
}

function parsePerson(input: PersonInput): PersonFields {
  const parsed = PersonFields.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((issue) => issue.message).join(' '));
  return parsed.data;
}

/** Reading tolerates fields a newer app added and fields an older one never wrote. */
function readPerson(id: string, rev: string, fields: Record<string, unknown>): Person {
  const parsed = PersonFields.safeParse(fields);
  const known = parsed.success ? parsed.data : PersonFields.parse({ preferredName: String(fields.preferredName ?? '(no name)') });
  return { ...known, id, rev };
}

export function peopleHandlers(vault: Vault) {
  return {
    async 'people.list'(): Promise<PersonSummary[]> {
      const records = await vault.listRecords('person');
      return records
        .map(({ id, rev, body }) => ({
          id,
          rev,
          preferredName: String(body.fields.preferredName ?? ''),
          pronouns: String(body.fields.pronouns ?? ''),
        }))
        .sort((a, b) => a.preferredName.localeCompare(b.preferredName, undefined, { sensitivity: 'base' }));
    },

    async 'people.get'({ id }: { id: string }): Promise<Person> {
      const record = await vault.getRecord(id);
      if (!record || record.body.kind !== 'person') throw new RecordNotFoundError('That person');
      return readPerson(record.id, record.rev, record.body.fields);
    },

    async 'people.save'({ id, fields }: { id: string | null; fields: PersonInput }): Promise<Person> {
      const record = await vault.saveRecord({ id, kind: 'person', changes: parsePerson(fields) });
      return readPerson(record.id, record.rev, record.body.fields);
    },

    async 'people.remove'({ id }: { id: string }): Promise<void> {
      await vault.deleteRecord(id);
    },
  };
}
