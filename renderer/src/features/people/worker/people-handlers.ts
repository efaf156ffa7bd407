/**
 * The people feature's side of the vault: runs inside the vault worker, next to the keys.
 * Screens reach these through the vault client, by name.
 */
import { say, type Message } from '@shared/messages';
import { PersonFields, type PersonInput, type PersonSummary } from '@shared/records/person';
import { agreementReviewDue } from '@shared/records/agreement';
import { disclosureStatus, type DisclosureState } from '@shared/records/confidentiality';
import { latestSignedVersions } from '@shared/records/signed-versions';
import type { DueState } from '@shared/records/dates';
import type { Vault } from '../../../vault/vault';
import type { KindRecord, RecordStore } from '../../../vault/record-store';
import { localToday } from '../../../vault/clock';
import { parseOrExplain } from '../../../vault/parse-input';

export interface Person extends PersonFields {
  id: string;
  rev: string;
}

const personOf = ({ id, rev, fields }: KindRecord<'person'>): Person => ({ ...fields, id, rev });

/** Where a person's relationship paperwork stands today: shown on the list and atop their page. */
export interface PersonReminders {
  confidentiality: { state: DisclosureState; message: Message };
  agreementReview: DueState;
  hasAgreement: boolean;
}

/** `handedOver`: handed to another peer, kept here read-only (no reminders are theirs here). */
export type PersonListEntry = PersonSummary & { reminders: PersonReminders; handedOver: boolean };

/** Records grouped by the person they belong to. */
export const byParent = <R extends { parentId: string | null }>(records: readonly R[]): Map<string, R[]> => {
  const grouped = new Map<string, R[]>();
  for (const record of records) {
    const list = grouped.get(record.parentId ?? '') ?? [];
    list.push(record);
    grouped.set(record.parentId ?? '', list);
  }
  return grouped;
};

/**
 * Reminders: for the whole list, one pass over every agreement and disclosure, grouped by person;
 * for one person's page (opened, and refreshed at each tab), only that person's own records.
 * Today is the vault clock's day.
 */
export async function remindersFor(
  records: RecordStore,
  people: { id: string; preferredName: string }[],
  today: string,
): Promise<Map<string, PersonReminders>> {
  const [only] = people.length === 1 ? people : [];
  const [agreements, disclosures] = await Promise.all([
    only ? records.children(only.id, 'agreement') : records.list('agreement'),
    only ? records.children(only.id, 'confidentiality-disclosure') : records.list('confidentiality-disclosure'),
  ]);
  const agreementsByPerson = byParent(agreements);
  const disclosuresByPerson = byParent(disclosures);
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

export function peopleHandlers({ records, clock }: Pick<Vault, 'records' | 'clock'>) {
  const today = () => localToday(clock.now());
  return {
    async 'people.list'(): Promise<PersonListEntry[]> {
      const people = (await records.list('person'))
        .map(({ id, rev, fields }) => ({
          id,
          rev,
          preferredName: fields.preferredName,
          pronouns: fields.pronouns,
          handedOver: fields.handedOverOn !== undefined,
        }))
        .sort((a, b) => a.preferredName.localeCompare(b.preferredName, undefined, { sensitivity: 'base' }));
      const reminders = await remindersFor(records, people, today());
      return people.map((person) => ({ ...person, reminders: reminders.get(person.id)! }));
    },

    /** Opening a person's page: their profile and reminders. The opening is itself audited. */
    async 'people.open'({ id }: { id: string }): Promise<{ person: Person; reminders: PersonReminders }> {
      const person = personOf(await records.require('person', id, 'notFound.person'));
      await records.note({ id, kind: 'person', parentId: null }, 'view', { personId: id, note: say('history.theirPage') });
      const reminders = (await remindersFor(records, [person], today())).get(id)!;
      return { person, reminders };
    },

    /** The reminders alone, refreshed as the peer works on the page (not a new "view"). */
    async 'people.reminders'({ id, preferredName }: { id: string; preferredName: string }): Promise<PersonReminders> {
      return (await remindersFor(records, [{ id, preferredName }], today())).get(id)!;
    },

    async 'people.get'({ id }: { id: string }): Promise<Person> {
      return personOf(await records.require('person', id, 'notFound.person'));
    },

    async 'people.save'({ id, fields }: { id: string | null; fields: PersonInput }): Promise<Person> {
      return personOf(await records.save({ id, kind: 'person', changes: parseOrExplain(PersonFields, fields) }));
    },

    async 'people.remove'({ id }: { id: string }): Promise<void> {
      await records.remove('person', id);
    },
  };
}
