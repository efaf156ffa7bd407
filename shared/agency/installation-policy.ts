/**
 * The installation's policy as the app runs with it: each setting's effective value and where it
 * came from, the agency the build belongs to, and every problem found on the way, as messages an
 * IT person can act on (worded in the peer's language by the window). The main process works it out at start-up (policy-merge.ts) and hands it to
 * the renderer, which shows it on "About this installation" and applies it in the vault.
 */
import { z } from 'zod';
import { isMessage, type Message } from '../messages';
import { PayerProfile } from '../billing/payer-profile';
import { AgencyPublicKey } from './agency-config';
import { policySettingSchemas } from './policy-settings';

export const SettingSource = z.discriminatedUnion('kind', [
  /** Peer Notebook's own default (agency.json does not set it). */
  z.object({ kind: z.literal('built-in') }),
  /** The agency's agency.json, built into this installer. */
  z.object({ kind: z.literal('agency-build') }),
  /** The operating system's policy place; `signedBy` is the fingerprint of the agency key that signed it. */
  z.object({ kind: z.literal('os-policy'), location: z.string(), signedBy: z.string().nullable() }),
]);
export type SettingSource = z.infer<typeof SettingSource>;

const effective = <T extends z.ZodType>(value: T) => z.object({ value, source: SettingSource });

export const EffectiveSettings = z.object({
  autoLockMaxMinutes: effective(policySettingSchemas.autoLockMaxMinutes),
  requireAgencyKeySlot: effective(policySettingSchemas.requireAgencyKeySlot),
  noteDueHours: effective(policySettingSchemas.noteDueHours),
  stateRules: effective(policySettingSchemas.stateRules),
  noteUnitRule: effective(policySettingSchemas.noteUnitRule),
  plaintextExportAllowed: effective(policySettingSchemas.plaintextExportAllowed),
  minimumPassphraseScore: effective(policySettingSchemas.minimumPassphraseScore),
  requireSupervisorSignature: effective(policySettingSchemas.requireSupervisorSignature),
  supervisorReviews: effective(policySettingSchemas.supervisorReviews),
  coSignRequired: effective(policySettingSchemas.coSignRequired),
});
export type EffectiveSettings = z.infer<typeof EffectiveSettings>;

/** The agency this build was made for; null for a community build. */
export const BuiltInAgency = z.object({
  name: z.string(),
  /** How people reach the agency (agency.json `agencyContact`); absent or null when not given. */
  contact: z.string().nullable().optional(),
  recoveryKeys: z.array(AgencyPublicKey),
  policyKeys: z.array(AgencyPublicKey),
  syncServer: z.string().nullable(),
  updateFeed: z.string().nullable(),
  payers: z.array(PayerProfile),
});
export type BuiltInAgency = z.infer<typeof BuiltInAgency>;

const OsPolicyStatus = z.enum(['absent', 'applied', 'partly-applied', 'refused', 'unreadable']);

export const InstallationPolicy = z.object({
  agency: BuiltInAgency.nullable(),
  settings: EffectiveSettings,
  osPolicy: z.object({ location: z.string(), status: OsPolicyStatus, signedBy: z.string().nullable() }),
  /** `setting` names the setting a problem is about (null: the whole policy). */
  problems: z.array(z.object({ setting: z.string().nullable(), message: z.custom<Message>(isMessage) })),
});
export type InstallationPolicy = z.infer<typeof InstallationPolicy>;
