/**
 * Record kinds as data: each known kind names the schema of its fields. A kind not listed here
 * (written by a newer app) is stored and synced untouched, never dropped.
 *
 * Every kind below belongs to one person (its record's parentId is that person's id), except
 * `person`, `peer-profile` and `resource`, which belong to no one, and `task`, which may be general.
 * A signed record (one with a `signature`) is fixed; `openAfterSigning` names what may still change.
 */
import type { z } from 'zod';
import type { Correction } from './signed-versions';
import { AgreementFields } from './agreement';
import { BarcFields } from './barc10';
import { ConfidentialityDisclosureFields } from './confidentiality';
import { CrisisEventFields } from './crisis-event';
import { DisclosureEntryFields } from './disclosure-log';
import { GoalProgressFields } from './goal-progress';
import { PeerProfileFields } from './peer-profile';
import { PersonFields } from './person';
import { RECOVERY_PLAN_FIELDS_AFTER_SIGNING, RecoveryPlanFields } from './recovery-plan';
import { RELEASE_FIELDS_AFTER_SIGNING, ReleaseFields } from './release';
import { ReferralFields, ResourceFields } from './resource';
import { NoteAddendumFields, ServiceNoteFields } from './service-note';
import { TaskFields } from './task';
import { WellnessPlanFields } from './wellness-plan';

export const recordKinds = {
  person: { fields: PersonFields },
  agreement: { fields: AgreementFields },
  'confidentiality-disclosure': { fields: ConfidentialityDisclosureFields },
  release: { fields: ReleaseFields, openAfterSigning: RELEASE_FIELDS_AFTER_SIGNING },
  disclosure: { fields: DisclosureEntryFields },
  'crisis-event': { fields: CrisisEventFields },
  'recovery-plan': { fields: RecoveryPlanFields, openAfterSigning: RECOVERY_PLAN_FIELDS_AFTER_SIGNING },
  'wellness-plan': { fields: WellnessPlanFields },
  'goal-progress': { fields: GoalProgressFields },
  barc10: { fields: BarcFields },
  'service-note': { fields: ServiceNoteFields, correctedBy: 'addendum' },
  'note-addendum': { fields: NoteAddendumFields },
  task: { fields: TaskFields },
  resource: { fields: ResourceFields },
  referral: { fields: ReferralFields },
  'peer-profile': { fields: PeerProfileFields },
} as const satisfies Record<string, { fields: z.ZodType; openAfterSigning?: readonly string[]; correctedBy?: Correction }>;

export type RecordKind = keyof typeof recordKinds;
export type KindFields<K extends RecordKind> = z.output<(typeof recordKinds)[K]['fields']>;
export type KindInput<K extends RecordKind> = z.input<(typeof recordKinds)[K]['fields']>;

export const isKnownKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);

/** The fields of a signed record that may still change (what happens after signing, like a revocation). */
/** How a signed record of a kind is corrected: a new version of it (the default), or an addendum under it (a service note). */
export function correctionOf(kind: string): Correction {
  if (!isKnownKind(kind)) return 'new-version';
  const spec = recordKinds[kind];
  return 'correctedBy' in spec ? spec.correctedBy : 'new-version';
}

export function fieldsOpenAfterSigning(kind: string): readonly string[] {
  if (!isKnownKind(kind)) return [];
  const spec = recordKinds[kind];
  return 'openAfterSigning' in spec ? spec.openAfterSigning : [];
}
