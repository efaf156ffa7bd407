/**
 * The people feature's side of the vault: runs inside the vault worker, next to the keys.
 * Screens reach these through the vault client, by name.
 */
import { PersonFields, type PersonInput, type PersonSummary } from '@shared/records/person';
import { agreementReviewDue, AgreementFields } from '@shared/records/agreement';
import { ConfidentialityDisclosureFields, disclosureStatus, type DisclosureState } from '@shared/records/confidentiality';
import { latestSignedVersions, type RecordWithFields } from '@shared/records/signed-versions';
import type { DueState } from '@shared/records/dates';
import type { DecryptedRecord, Vault } from '../../vault/vault';
import { InvalidInputError, RecordNotFoundError } from '../../vault/errors';
import { localToday } from '../../vault/today';

export interface Person extends PersonFields {
  id: string;
  rev: string;
}

function parsePerson(input: PersonInput): PersonFields {
  const parsed = PersonFields.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues.map((issue) => issue.message));
  return parsed.data;
}

/** Reading tolerates fields a newer app added and fields an older one never wrote. */
function readPerson(id: string, rev: string, fields: Record<string, unknown>): Person {
  const parsed = PersonFields.safeParse(fields);
  const known = parsed.success ? parsed.data : PersonFields.parse({ preferredName: String(fields.preferredName || '(no name)') });
  return { ...known, id, rev };
}

/** Where a person's relationship paperwork stands today: shown on the list and atop their page. */
export interface PersonReminders {
  confidentiality: { state: DisclosureState; message: string };
  agreementReview: DueState;
  hasAgreement: boolean;
}

export type PersonListEntry = PersonSummary & { reminders: PersonReminders };

/** Records with their parsed fields, grouped by the person they belong to. */
export const byParent = <F>(records: DecryptedRecord[], parse: (fields: unknown) => F) => {
  const grouped = new Map<string, RecordWithFields<F>[]>();
  for (const { id, body } of records) {
    const list = grouped.get(body.parentId ?? '') ?? [];
    list.push({ id, fields: parse(body.fields) });
    grouped.set(body.parentId ?? '', list);
  }
  return grouped;
};

/**
 * Reminders: for the whole list, one pass over every agreement and disclosure, grouped by person;
 * for one person's page (opened, and refreshed at each tab), only that person's own records.
 * Today passes the screen's own date.
 */
export async function remindersFor(
  vault: Vault,
  people: { id: string; preferredName: string }[],
  today: string = localToday(),
): Promise<Map<string, PersonReminders>> {
  const [only] = people.length === 1 ? people : [];
  const recordsOf = (kind: 'agreement' | 'confidentiality-disclosure') =>
    only ? vault.listChildren(only.id, kind) : vault.listRecords(kind);
  const [agreements, disclosures] = await Promise.all([recordsOf('agreement'), recordsOf('confidentiality-disclosure')]);
  const agreementsByPerson = byParent(agreements, (fields) => AgreementFields.parse(fields));
  const disclosuresByPerson = byParent(disclosures, (fields) => ConfidentialityDisclosureFields.parse(fields));
  return new Map(
    people.map(({ id, preferredName }) => {
      const status = disclosureStatus(disclosuresByPerson.get(id) ?? [], today, preferredName);
      const agreement = latestSignedVersions(agreementsByPerson.get(id) ?? [])[0];
      return [
        id,
        {
          confidentiality: { state: status.state, message: status.message },
          agreementReview: agreement ? agreementReviewDue(agreement.fields, today) : null,
          hasAgreement: Boolean(agreement),
        },
      ];
    }),
  );
}

export function peopleHandlers(vault: Vault) {
  return {
    async 'people.list'(): Promise<PersonListEntry[]> {
      const records = await vault.listRecords('person');
      const people = records
        .map(({ id, rev, body }) => ({
          id,
          rev,
          preferredName: String(body.fields.preferredName ?? ''),
          pronouns: String(body.fields.pronouns ?? ''),
        }))
        .sort((a, b) => a.preferredName.localeCompare(b.preferredName, undefined, { sensitivity: 'base' }));
      const reminders = await remindersFor(vault, people);
      return people.map((person) => ({ ...person, reminders: reminders.get(person.id)! }));
    },

    /** Opening a person's page: their profile and reminders. The opening is itself audited. */
    async 'people.open'({ id }: { id: string }): Promise<{ person: Person; reminders: PersonReminders }> {
      const record = await vault.getRecord(id);
      if (!record || record.body.kind !== 'person') throw new RecordNotFoundError('That person');
      const person = readPerson(record.id, record.rev, record.body.fields);
      await vault.recordView(record, { personId: id, summary: 'their page' });
      const reminders = (await remindersFor(vault, [person])).get(id)!;
      return { person, reminders };
    },

    /** The reminders alone, refreshed as the peer works on the page (not a new "view"). */
    async 'people.reminders'({ id, preferredName }: { id: string; preferredName: string }): Promise<PersonReminders> {
      return (await remindersFor(vault, [{ id, preferredName }])).get(id)!;
    },

    async 'people.get'({ id }: { id: string }): Promise<Person> {
      const record = await vault.getRecord(id);
      if (!record || record.body.kind !== 'person') throw new RecordNotFoundError('That person');
      return readPerson(record.id, record.rev, record.body.fields);
    },

    async 'people.save'({ id, fields }: { id: string | null; fields: PersonInput }): Promise<Person> {
      const record = await vault.saveRecord({
        id,
        kind: 'person',
        changes: parsePerson(fields),
        audit: { summary: id ? 'Profile updated' : 'Added to the notebook' },
      });
      return readPerson(record.id, record.rev, record.body.fields);
    },

    async 'people.remove'({ id }: { id: string }): Promise<void> {
      await vault.deleteRecord(id, { personId: id, summary: 'Removed' });
    },
  };
}
