/**
 * The settings an agency controls: what each may be, what a community build (no agency) uses, and
 * how each is named to a person. The agency's build sets them in agency.json; an operating-system
 * policy may tighten them (see policy-merge.ts).
 */
import { z } from 'zod';
import { DEFAULT_MINIMUM_SCORE } from '../passphrase-score';
import { DEFAULT_UNIT_RULE } from '../records/service-note';
import { NoteUnitRule } from './unit-rule';

/** The longest auto-lock time the app offers a peer (its settings screen stops at 30 minutes). */
export const AUTO_LOCK_LIMIT_MINUTES = 30;

const wholeNumber = (unit: string) => z.number({ error: `must be a whole number of ${unit}` }).int(`must be a whole number of ${unit}`);

/** How long a service note may wait for its signature: hours, or business days (TX, CA). */
export const NoteDeadline = z.union(
  [
    z.object({ hours: wholeNumber('hours').min(1, 'must be at least 1 hour').max(720, 'must be at most 720 hours (30 days)') }).strict(),
    z
      .object({
        businessDays: wholeNumber('business days').min(1, 'must be at least 1 business day').max(30, 'must be at most 30 business days'),
      })
      .strict(),
  ],
  { error: 'must be either {"hours": N} or {"businessDays": N}' },
);
export type NoteDeadline = z.infer<typeof NoteDeadline>;

export const StateRule = z
  .object({
    state: z
      .string({ error: 'must be a two-letter state code such as "NC"' })
      .regex(/^[A-Z]{2}$/, 'must be a two-letter state code in capitals, such as "NC"'),
    noteDeadline: NoteDeadline,
  })
  .strict();
export type StateRule = z.infer<typeof StateRule>;

/** The records a supervisor may review: notes and plans, each kind once. */
export const REVIEWABLE_KINDS = ['service-note', 'recovery-plan', 'wellness-plan'] as const;
export type ReviewableKind = (typeof REVIEWABLE_KINDS)[number];
const ReviewedKinds = z
  .array(z.enum(REVIEWABLE_KINDS, { error: `must list record kinds from ${REVIEWABLE_KINDS.join(', ')}` }), {
    error: `must be a list such as ["service-note"]`,
  })
  .refine((kinds) => new Set(kinds).size === kinds.length, 'lists a kind more than once');

export const policySettingSchemas = {
  autoLockMaxMinutes: wholeNumber('minutes')
    .min(1, 'must be at least 1 minute')
    .max(AUTO_LOCK_LIMIT_MINUTES, `must be at most ${AUTO_LOCK_LIMIT_MINUTES} minutes (the longest auto-lock time the app offers)`),
  requireAgencyKeySlot: z.boolean({ error: 'must be true or false' }),
  noteDueHours: wholeNumber('hours').min(1, 'must be at least 1 hour').max(720, 'must be at most 720 hours (30 days)'),
  stateRules: z
    .array(StateRule, { error: 'must be a list of state rules such as [{"state": "NC", "noteDeadline": {"hours": 24}}]' })
    .max(60, 'may list at most 60 states')
    .refine((rules) => new Set(rules.map((rule) => rule.state)).size === rules.length, 'lists a state more than once'),
  noteUnitRule: NoteUnitRule,
  plaintextExportAllowed: z.boolean({ error: 'must be true or false' }),
  minimumPassphraseScore: wholeNumber('points').min(0, 'must be a zxcvbn score from 0 to 4').max(4, 'must be a zxcvbn score from 0 to 4'),
  /**
   * Whether a recovery plan needs a supervising professional's signature after the person's and
   * the peer's (some states and payers ask for one). The agency's rule, so a peer cannot turn it off.
   */
  requireSupervisorSignature: z.boolean({ error: 'must be true or false' }),
  /** Which records a peer sends their supervisor to review (nothing else is shared with them). */
  supervisorReviews: ReviewedKinds,
  /** Which of those need the supervisor's co-signature before they count as done. */
  coSignRequired: ReviewedKinds,
};

export const PolicySettings = z.object(policySettingSchemas).strict();
export type PolicySettings = z.infer<typeof PolicySettings>;
export type PolicySettingName = keyof PolicySettings;

/** In the order they are listed (and merged: stateRules after noteDueHours, which it falls back to). */
export const POLICY_SETTING_NAMES = Object.keys(policySettingSchemas) as PolicySettingName[];

export const isPolicySettingName = (name: string): name is PolicySettingName => Object.hasOwn(policySettingSchemas, name);

/**
 * A community build's settings (no agency): the peer owns their records, so they may export them
 * as they like, and no agency slot is added. Note deadline: North Carolina's 24 hours (DOMAIN.md).
 */
export const BUILT_IN_POLICY_SETTINGS: PolicySettings = {
  autoLockMaxMinutes: AUTO_LOCK_LIMIT_MINUTES,
  requireAgencyKeySlot: false,
  noteDueHours: 24,
  stateRules: [],
  noteUnitRule: DEFAULT_UNIT_RULE,
  plaintextExportAllowed: true,
  minimumPassphraseScore: DEFAULT_MINIMUM_SCORE,
  requireSupervisorSignature: false,
  supervisorReviews: [],
  coSignRequired: [],
};

/** What each setting is called on the "About this installation" screen and in problem messages. */
export const POLICY_SETTING_LABELS: Record<PolicySettingName, string> = {
  autoLockMaxMinutes: 'Longest auto-lock time',
  requireAgencyKeySlot: 'Agency recovery key required',
  noteDueHours: 'Service notes due within',
  stateRules: 'State note deadlines',
  noteUnitRule: 'Billable units of a service note',
  plaintextExportAllowed: 'Unencrypted export allowed',
  minimumPassphraseScore: 'Minimum passphrase strength',
  requireSupervisorSignature: "Plans need a supervisor's signature",
  supervisorReviews: 'Records a supervisor reviews',
  coSignRequired: "Records that need a supervisor's co-signature",
};

function describeNoteDeadline(deadline: NoteDeadline): string {
  return 'hours' in deadline ? plural(deadline.hours, 'hour') : plural(deadline.businessDays, 'business day');
}

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** A setting's value in words, for the About screen and for messages to IT. */
export function describePolicyValue<K extends PolicySettingName>(name: K, value: PolicySettings[K]): string {
  const describe: { [N in PolicySettingName]: (v: PolicySettings[N]) => string } = {
    autoLockMaxMinutes: (minutes) => plural(minutes, 'minute'),
    requireAgencyKeySlot: yesNo,
    noteDueHours: (hours) => plural(hours, 'hour'),
    stateRules: (rules) =>
      rules.length ? rules.map((rule) => `${rule.state}: ${describeNoteDeadline(rule.noteDeadline)}`).join('; ') : 'none',
    noteUnitRule: ({ unitMinutes, partialUnitFromMinutes }) =>
      `${unitMinutes}-minute units; a last part of ${plural(partialUnitFromMinutes, 'minute')} or more counts as one`,
    plaintextExportAllowed: yesNo,
    minimumPassphraseScore: (score) => `${score} of 4`,
    requireSupervisorSignature: yesNo,
    supervisorReviews: (kinds) => (kinds.length ? kinds.join(', ') : 'none'),
    coSignRequired: (kinds) => (kinds.length ? kinds.join(', ') : 'none'),
  };
  return describe[name](value);
}
