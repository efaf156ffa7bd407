/**
 * The one registry of record kinds: for each kind the schema of its fields and its traits (whom it
 * belongs to, what the history says of it, what signing needs, how a signed one is corrected,
 * whether it only ever grows). The vault core reads its rules from here, and typed reads parse a
 * record's fields with its kind's schema, so no screen or handler parses fields on its own.
 *
 * A kind not listed here (written by a newer app) is stored and synced untouched, never dropped.
 */
import type { z } from 'zod';
import type { AuditAction } from '../audit/audit-chain';
import type { Message, MessageKey } from '../messages';
import type { Correction } from './signed-versions';
import { AgreementFields, agreementMissing } from './agreement';
import { BarcFields } from './barc10';
import { ConfidentialityDisclosureFields, confidentialityMissing } from './confidentiality';
import { CrisisEventFields } from './crisis-event';
import { DisclosureEntryFields } from './disclosure-log';
import { GoalProgressFields } from './goal-progress';
import { PeerProfileFields } from './peer-profile';
import { PersonFields } from './person';
import { RECOVERY_PLAN_FIELDS_AFTER_SIGNING, RecoveryPlanFields, recoveryPlanMissingBeforeSigning } from './recovery-plan';
import { missingBeforeSigning as releaseMissing, RELEASE_FIELDS_AFTER_SIGNING, ReleaseFields } from './release';
import { ReferralFields, ResourceFields } from './resource';
import { NoteAddendumFields, ServiceNoteFields, serviceNoteMissing } from './service-note';
import { TaskFields } from './task';
import { WellnessPlanFields, wellnessPlanMissing } from './wellness-plan';
import { HandoffFields, ReviewItemFields, ReviewSubmissionFields, TeamMembershipFields } from './team-records';

/** Whom a record of a kind belongs to: a person (its parentId is theirs), no one, or either. */
export type Belonging = 'person' | 'no-one' | 'either';

export interface KindTraits<S extends z.ZodType = z.ZodType> {
  fields: S;
  belongsTo: Belonging;
  /** What a person's history says of each thing done to a record of this kind, when the caller says nothing more. */
  history: Partial<Record<AuditAction, MessageKey>>;
  /** What must still be written before it can be signed; absent for kinds that are never signed. */
  missingBeforeSigning?: (fields: z.output<S>) => Message[];
  /** How a signed one is corrected: a new version of it (the default), or an addendum under it. */
  correctedBy?: Correction;
  /** The fields of a signed one that may still change (what happens after signing, like a revocation). */
  openAfterSigning?: readonly string[];
  /** Written once and never changed or removed: a history that only grows (sharing, progress, corrections). */
  appendOnly?: boolean;
}

const kind = <S extends z.ZodType>(traits: KindTraits<S>): KindTraits<S> => traits;

export const recordKinds = {
  person: kind({
    fields: PersonFields,
    belongsTo: 'no-one',
    history: { create: 'history.person.added', change: 'history.person.updated', delete: 'history.person.removed' },
  }),
  agreement: kind({
    fields: AgreementFields,
    belongsTo: 'person',
    history: {
      create: 'history.agreement.draft',
      change: 'history.agreement.draft',
      sign: 'history.agreement.signed',
    },
    missingBeforeSigning: agreementMissing,
  }),
  'confidentiality-disclosure': kind({
    fields: ConfidentialityDisclosureFields,
    belongsTo: 'person',
    history: {
      create: 'history.confidentiality.draft',
      change: 'history.confidentiality.draft',
      sign: 'history.confidentiality.signed',
    },
    missingBeforeSigning: confidentialityMissing,
  }),
  release: kind({
    fields: ReleaseFields,
    belongsTo: 'person',
    history: {
      create: 'history.release.draft',
      change: 'history.release.draft',
      sign: 'history.release.signed',
    },
    missingBeforeSigning: (fields) => releaseMissing(fields).map((missing) => missing.message),
    openAfterSigning: RELEASE_FIELDS_AFTER_SIGNING,
  }),
  disclosure: kind({
    fields: DisclosureEntryFields,
    belongsTo: 'person',
    history: { disclose: 'history.disclosure.shared' },
    appendOnly: true,
  }),
  'crisis-event': kind({
    fields: CrisisEventFields,
    belongsTo: 'person',
    history: { create: 'history.crisis.written', change: 'history.crisis.written' },
  }),
  'recovery-plan': kind({
    fields: RecoveryPlanFields,
    belongsTo: 'person',
    history: { create: 'history.recoveryPlan.draft', change: 'history.recoveryPlan.draft', sign: 'history.recoveryPlan.signed' },
    missingBeforeSigning: recoveryPlanMissingBeforeSigning,
    openAfterSigning: RECOVERY_PLAN_FIELDS_AFTER_SIGNING,
  }),
  'wellness-plan': kind({
    fields: WellnessPlanFields,
    belongsTo: 'person',
    history: {
      create: 'history.wellnessPlan.draft',
      change: 'history.wellnessPlan.draft',
      sign: 'history.wellnessPlan.signed',
    },
    missingBeforeSigning: wellnessPlanMissing,
  }),
  'goal-progress': kind({
    fields: GoalProgressFields,
    belongsTo: 'person',
    history: { create: 'history.progress.recorded' },
    appendOnly: true,
  }),
  barc10: kind({ fields: BarcFields, belongsTo: 'person', history: { create: 'history.barc10.recorded' }, appendOnly: true }),
  'service-note': kind({
    fields: ServiceNoteFields,
    belongsTo: 'person',
    history: { create: 'history.serviceNote.draft', change: 'history.serviceNote.draft', sign: 'history.serviceNote.signed' },
    missingBeforeSigning: serviceNoteMissing,
    correctedBy: 'addendum',
  }),
  'note-addendum': kind({
    fields: NoteAddendumFields,
    belongsTo: 'person',
    history: { create: 'history.addendum.added' },
    appendOnly: true,
  }),
  task: kind({
    fields: TaskFields,
    belongsTo: 'either',
    history: { create: 'history.task.added', change: 'history.task.changed', delete: 'history.task.removed' },
  }),
  resource: kind({
    fields: ResourceFields,
    belongsTo: 'no-one',
    history: { create: 'history.resource.added', change: 'history.resource.changed', delete: 'history.resource.removed' },
  }),
  referral: kind({
    fields: ReferralFields,
    belongsTo: 'person',
    history: { create: 'history.referral.added', change: 'history.referral.changed' },
  }),
  'peer-profile': kind({
    fields: PeerProfileFields,
    belongsTo: 'no-one',
    history: { create: 'history.peerProfile.updated', change: 'history.peerProfile.updated' },
  }),
  'team-membership': kind({
    fields: TeamMembershipFields,
    belongsTo: 'no-one',
    history: { create: 'history.team.keysMade', change: 'history.team.updated' },
  }),
  'review-submission': kind({
    fields: ReviewSubmissionFields,
    belongsTo: 'person',
    history: { create: 'history.team.submitted', change: 'history.team.answerCameBack' },
  }),
  'review-item': kind({
    fields: ReviewItemFields,
    belongsTo: 'no-one',
    history: { create: 'history.team.reviewReceived', change: 'history.team.reviewAnswered' },
  }),
  handoff: kind({
    fields: HandoffFields,
    belongsTo: 'person',
    history: { create: 'history.team.handoff' },
    appendOnly: true,
  }),
} as const;

export type RecordKind = keyof typeof recordKinds;
export type KindFields<K extends RecordKind> = z.output<(typeof recordKinds)[K]['fields']>;
export type KindInput<K extends RecordKind> = z.input<(typeof recordKinds)[K]['fields']>;

export const isKnownKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);

/** A kind's traits; a kind this version does not know has none (its records pass through untouched). */
export function traitsOf(kind: string): KindTraits | null {
  return isKnownKind(kind) ? (recordKinds[kind] as KindTraits) : null;
}

/** How a signed record of a kind is corrected: a new version of it (the default), or an addendum under it (a service note). */
export const correctionOf = (kind: string): Correction => traitsOf(kind)?.correctedBy ?? 'new-version';

/** The fields of a signed record that may still change (what happens after signing, like a revocation). */
export const fieldsOpenAfterSigning = (kind: string): readonly string[] => traitsOf(kind)?.openAfterSigning ?? [];

/** Records of this kind are written once and never changed or removed. */
export const isAppendOnly = (kind: string): boolean => traitsOf(kind)?.appendOnly === true;

/** What the history says of an action on a record of this kind when nothing more is said (null when nothing). */
export function historyNote(kind: string, action: AuditAction): Message | null {
  const key = traitsOf(kind)?.history[action];
  return key ? { key } : null;
}
