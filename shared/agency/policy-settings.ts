/**
 * The settings an agency controls: what each may be, what a community build (no agency) uses, and
 * how each is named to a person. The agency's build sets them in agency.json; an operating-system
 * policy may tighten them (see policy-merge.ts).
 */
import { z } from 'zod';
import { issue, say, type Message, type MessagePart } from '../messages';
import { DEFAULT_MINIMUM_SCORE } from '../passphrase-score';
import { DEFAULT_UNIT_RULE } from '../records/service-note';
import { NoteUnitRule } from './unit-rule';

/** The longest auto-lock time the app offers a peer (its settings screen stops at 30 minutes). */
export const AUTO_LOCK_LIMIT_MINUTES = 30;

type WholeNumberKey =
  'policy.issue.wholeMinutes' | 'policy.issue.wholeHours' | 'policy.issue.wholeBusinessDays' | 'policy.issue.wholePoints';
const wholeNumber = (key: WholeNumberKey) => z.number({ error: issue(key) }).int(issue(key));

/** How long a service note may wait for its signature: hours, or business days (TX, CA). */
export const NoteDeadline = z.union(
  [
    z
      .object({
        hours: wholeNumber('policy.issue.wholeHours')
          .min(1, issue('policy.issue.atLeastOneHour'))
          .max(720, issue('policy.issue.atMostHours')),
      })
      .strict(),
    z
      .object({
        businessDays: wholeNumber('policy.issue.wholeBusinessDays')
          .min(1, issue('policy.issue.atLeastOneBusinessDay'))
          .max(30, issue('policy.issue.atMostBusinessDays')),
      })
      .strict(),
  ],
  { error: issue('policy.issue.deadline') },
);
export type NoteDeadline = z.infer<typeof NoteDeadline>;

export const StateRule = z
  .object(
    {
      state: z.string({ error: issue('policy.issue.stateCode') }).regex(/^[A-Z]{2}$/, issue('policy.issue.stateCodeCapitals')),
      noteDeadline: NoteDeadline,
    },
    { error: issue('policy.issue.stateRule') },
  )
  .strict();
export type StateRule = z.infer<typeof StateRule>;

/** The records a supervisor may review: notes and plans, each kind once. */
export const REVIEWABLE_KINDS = ['service-note', 'recovery-plan', 'wellness-plan'] as const;
export type ReviewableKind = (typeof REVIEWABLE_KINDS)[number];
const ReviewedKinds = z
  .array(z.enum(REVIEWABLE_KINDS, { error: issue('policy.issue.kind') }), { error: issue('policy.issue.kinds') })
  .refine((kinds) => new Set(kinds).size === kinds.length, issue('policy.issue.kindTwice'));

export const policySettingSchemas = {
  autoLockMaxMinutes: wholeNumber('policy.issue.wholeMinutes')
    .min(1, issue('policy.issue.atLeastOneMinute'))
    .max(AUTO_LOCK_LIMIT_MINUTES, issue('policy.issue.atMostAutoLock')),
  requireAgencyKeySlot: z.boolean({ error: issue('policy.issue.trueOrFalse') }),
  noteDueHours: wholeNumber('policy.issue.wholeHours')
    .min(1, issue('policy.issue.atLeastOneHour'))
    .max(720, issue('policy.issue.atMostHours')),
  stateRules: z
    .array(StateRule, { error: issue('policy.issue.stateRules') })
    .max(60, issue('policy.issue.atMostStates'))
    .refine((rules) => new Set(rules.map((rule) => rule.state)).size === rules.length, issue('policy.issue.stateTwice')),
  noteUnitRule: NoteUnitRule,
  plaintextExportAllowed: z.boolean({ error: issue('policy.issue.trueOrFalse') }),
  minimumPassphraseScore: wholeNumber('policy.issue.wholePoints').min(0, issue('policy.issue.score')).max(4, issue('policy.issue.score')),
  /**
   * Whether a recovery plan needs a supervising professional's signature after the person's and
   * the peer's (some states and payers ask for one). The agency's rule, so a peer cannot turn it off.
   */
  requireSupervisorSignature: z.boolean({ error: issue('policy.issue.trueOrFalse') }),
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

/** A setting's name, for problem messages (the About screen's table has its own, in screen words). */
export const policySettingName = (name: PolicySettingName): Message => ({ key: `policy.setting.${name}` });

const counted = (count: number, unit: 'minutes' | 'hours' | 'businessDays'): Message =>
  count === 1 ? { key: `policy.value.${unit}.one` } : { key: `policy.value.${unit}.many`, params: { count } };

const describeNoteDeadline = (deadline: NoteDeadline): Message =>
  'hours' in deadline ? counted(deadline.hours, 'hours') : counted(deadline.businessDays, 'businessDays');

const yesNo = (value: boolean) => say(value ? 'policy.value.yes' : 'policy.value.no');

/** Several values as one, "a; b; c"; none, "none". */
export function listOf(messages: readonly Message[]): Message {
  const [first, ...rest] = messages;
  if (!first) return say('policy.value.none');
  return rest.length ? say('policy.list', { first, rest: listOf(rest) }) : first;
}

/** A setting's value in words, for messages to IT. Record kinds stay as a policy writes them. */
export function describePolicyValue<K extends PolicySettingName>(name: K, value: PolicySettings[K]): MessagePart {
  const describe: { [N in PolicySettingName]: (v: PolicySettings[N]) => MessagePart } = {
    autoLockMaxMinutes: (minutes) => counted(minutes, 'minutes'),
    requireAgencyKeySlot: yesNo,
    noteDueHours: (hours) => counted(hours, 'hours'),
    stateRules: (rules) =>
      listOf(rules.map((rule) => say('policy.value.stateRule', { state: rule.state, deadline: describeNoteDeadline(rule.noteDeadline) }))),
    noteUnitRule: ({ unitMinutes, partialUnitFromMinutes }) =>
      say('policy.value.unitRule', { unit: unitMinutes, partial: counted(partialUnitFromMinutes, 'minutes') }),
    plaintextExportAllowed: yesNo,
    minimumPassphraseScore: (score) => say('policy.value.score', { score }),
    requireSupervisorSignature: yesNo,
    supervisorReviews: (kinds) => (kinds.length ? kinds.join(', ') : say('policy.value.none')),
    coSignRequired: (kinds) => (kinds.length ? kinds.join(', ') : say('policy.value.none')),
  };
  return describe[name](value);
}
