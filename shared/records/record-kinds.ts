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

/** Whom a record of a kind belongs to: a person (its parentId is theirs), no one, or either. */
export type Belonging = 'person' | 'no-one' | 'either';

export interface KindTraits<S extends z.ZodType = z.ZodType> {
  fields: S;
  belongsTo: Belonging;
  /** What a person's history says of each thing done to a record of this kind, when the caller says nothing more. */
  history: Partial<Record<AuditAction, string>>;
  /** What must still be written before it can be signed; absent for kinds that are never signed. */
  missingBeforeSigning?: (fields: z.output<S>) => string[];
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
    history: { create: 'Added to the notebook', change: 'Profile updated', delete: 'Removed' },
  }),
  agreement: kind({
    fields: AgreementFields,
    belongsTo: 'person',
    history: {
      create: 'Draft relationship agreement saved',
      change: 'Draft relationship agreement saved',
      sign: 'Relationship agreement signed',
    },
    missingBeforeSigning: agreementMissing,
  }),
  'confidentiality-disclosure': kind({
    fields: ConfidentialityDisclosureFields,
    belongsTo: 'person',
    history: {
      create: 'Draft limits of confidentiality saved',
      change: 'Draft limits of confidentiality saved',
      sign: 'Limits of confidentiality signed',
    },
    missingBeforeSigning: confidentialityMissing,
  }),
  release: kind({
    fields: ReleaseFields,
    belongsTo: 'person',
    history: {
      create: 'Draft release of information saved',
      change: 'Draft release of information saved',
      sign: 'Release of information signed',
    },
    missingBeforeSigning: (fields) => releaseMissing(fields).map((missing) => missing.message),
    openAfterSigning: RELEASE_FIELDS_AFTER_SIGNING,
  }),
  disclosure: kind({ fields: DisclosureEntryFields, belongsTo: 'person', history: { disclose: 'Shared' }, appendOnly: true }),
  'crisis-event': kind({
    fields: CrisisEventFields,
    belongsTo: 'person',
    history: { create: 'Crisis or safety event written down', change: 'Crisis or safety event written down' },
  }),
  'recovery-plan': kind({
    fields: RecoveryPlanFields,
    belongsTo: 'person',
    history: { create: 'Draft recovery plan saved', change: 'Draft recovery plan saved', sign: 'Recovery plan signed' },
    missingBeforeSigning: recoveryPlanMissingBeforeSigning,
    openAfterSigning: RECOVERY_PLAN_FIELDS_AFTER_SIGNING,
  }),
  'wellness-plan': kind({
    fields: WellnessPlanFields,
    belongsTo: 'person',
    history: {
      create: 'Draft wellness and crisis plan saved',
      change: 'Draft wellness and crisis plan saved',
      sign: 'Wellness and crisis plan signed',
    },
    missingBeforeSigning: wellnessPlanMissing,
  }),
  'goal-progress': kind({
    fields: GoalProgressFields,
    belongsTo: 'person',
    history: { create: 'Progress on a goal recorded' },
    appendOnly: true,
  }),
  barc10: kind({ fields: BarcFields, belongsTo: 'person', history: { create: 'Recovery capital (BARC-10) recorded' }, appendOnly: true }),
  'service-note': kind({
    fields: ServiceNoteFields,
    belongsTo: 'person',
    history: { create: 'Service note draft saved', change: 'Service note draft saved', sign: 'Service note signed' },
    missingBeforeSigning: serviceNoteMissing,
    correctedBy: 'addendum',
  }),
  'note-addendum': kind({
    fields: NoteAddendumFields,
    belongsTo: 'person',
    history: { create: 'Addendum added to a service note' },
    appendOnly: true,
  }),
  task: kind({
    fields: TaskFields,
    belongsTo: 'either',
    history: { create: 'Task added', change: 'Task changed', delete: 'Task removed' },
  }),
  resource: kind({
    fields: ResourceFields,
    belongsTo: 'no-one',
    history: { create: 'Resource added', change: 'Resource changed', delete: 'Resource removed' },
  }),
  referral: kind({ fields: ReferralFields, belongsTo: 'person', history: { create: 'Referral added', change: 'Referral changed' } }),
  'peer-profile': kind({
    fields: PeerProfileFields,
    belongsTo: 'no-one',
    history: { create: 'Your profile updated', change: 'Your profile updated' },
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

/** What the history says of an action on a record of this kind when nothing more is said ('' when nothing). */
export const historySummary = (kind: string, action: AuditAction): string => traitsOf(kind)?.history[action] ?? '';
