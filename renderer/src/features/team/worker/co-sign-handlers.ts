/**
 * The agency's co-signing rule (`policies.coSignRequired`) in the vault worker: where each note or
 * plan of a kind that needs a supervisor's co-signature stands (on its card), the finished ones
 * still needing it (on Today), and which notes billing may count as co-signed. A co-signature
 * holds for the revision it was given to (co-sign-state.ts). Records of other kinds have no state.
 */
import type { ReviewableKind } from '@shared/agency/policy-settings';
import type { Place, PersonTab } from '@shared/places';
import { latestVersions } from '@shared/records/signed-versions';
import type { ReviewSubmissionFields } from '@shared/records/team-records';
import { coSignStateOf, coSignStillNeeded, type CoSignState } from '@shared/team/co-sign-state';
import type { Vault } from '../../../vault/vault';
import type { KindRecord } from '../../../vault/record-store';

type Parts = Pick<Vault, 'records' | 'policy'>;

/** A finished note or plan (signed) that still needs its supervisor's co-signature: Today lists it. */
export interface CoSignDue {
  recordId: string;
  personId: string;
  personName: string;
  kind: ReviewableKind;
  /** The note's date of service; the plan's version. */
  date: string;
  version: number;
  state: CoSignState;
  place: Place;
}

/** Today shows this many, newest first: an agency that turns the rule on for a notebook years old would otherwise list every note. */
export const CO_SIGN_DUE_SHOWN = 20;

const TAB: Record<ReviewableKind, PersonTab> = {
  'service-note': 'notes',
  'recovery-plan': 'recoveryPlan',
  'wellness-plan': 'wellnessPlan',
};

type Reviewable = KindRecord<ReviewableKind>;

/** The reviews sent, by the record they were about. */
function byRecord(submissions: readonly KindRecord<'review-submission'>[]): Map<string, ReviewSubmissionFields[]> {
  const map = new Map<string, ReviewSubmissionFields[]>();
  for (const { fields } of submissions) map.set(fields.recordId, [...(map.get(fields.recordId) ?? []), fields]);
  return map;
}

/** The records of a kind that count now: every note; the latest version of each plan. */
function current(kind: ReviewableKind, records: readonly Reviewable[]): Reviewable[] {
  return kind === 'service-note' ? [...records] : latestVersions(records as KindRecord<'recovery-plan' | 'wellness-plan'>[]);
}

const isSigned = (record: Reviewable): boolean => Boolean(record.fields.signature);

/** The state of each of `notes` by id, when the agency needs notes co-signed (billing's rule); null when it does not. */
export async function noteCoSignStates(
  parts: Parts,
  notes: readonly KindRecord<'service-note'>[],
): Promise<Map<string, CoSignState> | null> {
  if (!parts.policy.team.coSignRequired.includes('service-note')) return null;
  const reviews = byRecord(await parts.records.list('review-submission'));
  return new Map(notes.map((note) => [note.id, coSignStateOf(note, reviews.get(note.id) ?? [])]));
}

export function coSignHandlers(parts: Parts) {
  const { records } = parts;
  return {
    /** The state of each of a person's notes and plans (the latest version of each) that needs co-signing, by record id. */
    'team.coSignStates': async ({ personId }: { personId: string }): Promise<Record<string, CoSignState>> => {
      const kinds = parts.policy.team.coSignRequired;
      if (kinds.length === 0) return {};
      const reviews = byRecord(await records.children(personId, 'review-submission'));
      const states: Record<string, CoSignState> = {};
      for (const kind of kinds)
        for (const record of current(kind, await records.children(personId, kind)))
          states[record.id] = coSignStateOf(record, reviews.get(record.id) ?? []);
      return states;
    },

    /** Signed notes and plans still needing co-signature (never sent, returned, or changed since co-signed): the newest, and how many in all. */
    'team.coSignDue': async (): Promise<{ items: CoSignDue[]; total: number }> => {
      const kinds = parts.policy.team.coSignRequired;
      if (kinds.length === 0) return { items: [], total: 0 };
      // A person handed over is read-only here: their records are the receiving peer's to send.
      const people = new Map((await records.list('person')).filter((person) => !person.fields.handedOverOn).map((p) => [p.id, p]));
      const reviews = byRecord(await records.list('review-submission'));
      const due: CoSignDue[] = [];
      for (const kind of kinds) {
        for (const record of current(kind, await records.list(kind))) {
          const person = record.parentId ? people.get(record.parentId) : undefined;
          if (!person || !isSigned(record)) continue;
          const state = coSignStateOf(record, reviews.get(record.id) ?? []);
          if (!coSignStillNeeded(state)) continue;
          const fields = record.fields as { date?: string; version?: number };
          due.push({
            recordId: record.id,
            personId: person.id,
            personName: person.fields.preferredName,
            kind,
            date: fields.date ?? '',
            version: fields.version ?? 1,
            state,
            place: { screen: 'people', personId: person.id, tab: TAB[kind], ...(kind === 'service-note' ? { noteId: record.id } : {}) },
          });
        }
      }
      // Plans (no date of service) first, then notes, the latest meeting first.
      due.sort((a, b) => b.date.localeCompare(a.date) || a.personName.localeCompare(b.personName));
      due.sort((a, b) => Number(a.date !== '') - Number(b.date !== ''));
      return { items: due.slice(0, CO_SIGN_DUE_SHOWN), total: due.length };
    },
  };
}
