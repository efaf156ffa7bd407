/**
 * The person's recovery plan: the life areas they choose, their strengths, their goals in their
 * own words with the steps toward them, who supports them, and when to look at it again. The
 * person is the expert on their own recovery: a goal is always their words, and a life area tag
 * can go with it but never stands in for it.
 *
 * Signing: the person signs first (the plan is theirs, and their signature fixes it, as for every
 * signed document), then the peer, then a supervising professional where the agency requires one.
 * Those two later signatures are the only things a signed plan still takes. A change after
 * signing is a new version; versions are compared with plan-outline's compareVersions.
 */
import { z } from 'zod';
import { issue, issueWith, type Message, say } from '../messages';
import { optionalIsoDate } from './dates';
import type { OutlineNode } from './plan-outline';
import { isSigned, nextVersionFields, SignatureSchema, signedVersionShape, type RecordWithFields } from './signed-versions';
import { quoted, sameText, text } from './text';

/** Offered as a starting point; the person may name their own. */
export const SUGGESTED_LIFE_DOMAINS = [
  'Housing',
  'Work and learning',
  'Health',
  'Relationships',
  'Recovery and wellness',
  'Money',
  'Legal',
  'Spirituality',
  'Fun and community',
] as const;

/** Where a goal or a step is at. The same words serve the plan's steps and the progress history. */
export const PROGRESS_STATUSES = ['not-started', 'started', 'paused', 'done', 'changed-my-mind'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

const id = z.string().trim().min(1, issue('recoveryPlan.idLost'));

export const ActionStep = z.object({
  id,
  what: text(2000).min(1, issue('recoveryPlan.stepMissing')),
  whoHelps: text(500).default(''),
  byWhen: optionalIsoDate(issue('recoveryPlan.byWhenInvalid')),
  status: z.enum(PROGRESS_STATUSES).default('not-started'),
});
export type ActionStep = z.infer<typeof ActionStep>;

export const Goal = z.object({
  id,
  inTheirWords: text(2000).min(1, issue('recoveryPlan.goalWordsMissing')),
  domain: text(100).default(''),
  steps: z.array(ActionStep).default([]),
});
export type Goal = z.infer<typeof Goal>;

/** A new goal's life area: the first area they chose that no goal speaks to yet, else their only area, else none. */
export function lifeAreaForNewGoal(lifeDomains: readonly string[], goals: readonly Pick<Goal, 'domain'>[]): string {
  return lifeDomains.find((area) => !goals.some((goal) => goal.domain === area)) ?? (lifeDomains.length === 1 ? lifeDomains[0]! : '');
}

/** Signatures added after the person signs: the only fields a signed plan still takes. */
export const RECOVERY_PLAN_FIELDS_AFTER_SIGNING = ['peerSignature', 'supervisorSignature'] as const;

const recoveryPlanShape = z.object({
  lifeDomains: z.array(text(100).min(1, issue('recoveryPlan.lifeAreaNameMissing'))).default([]),
  strengths: text(5000).default(''),
  goals: z.array(Goal).default([]),
  supports: text(5000).default(''),
  reviewDate: optionalIsoDate(issue('recoveryPlan.reviewDateInvalid')),
  // signedVersionShape's `signature` is the person's own.
  ...signedVersionShape,
  peerSignature: SignatureSchema.nullable().default(null),
  supervisorSignature: SignatureSchema.nullable().default(null),
});

const hasDuplicates = (values: readonly string[], same: (a: string, b: string) => boolean = (a, b) => a === b): boolean =>
  values.some((value, index) => values.findIndex((other) => same(other, value)) !== index);

export const RecoveryPlanFields = recoveryPlanShape.superRefine((fields, ctx) => {
  if (hasDuplicates(fields.lifeDomains, sameText)) {
    ctx.addIssue({ ...issueWith(say('recoveryPlan.lifeAreaListedTwice')), path: ['lifeDomains'] });
  }
  // Progress history points at goals and steps by id, so ids must be unique.
  const stepIds = fields.goals.flatMap((goal) => goal.steps.map((step) => step.id));
  if (hasDuplicates(fields.goals.map((goal) => goal.id)) || hasDuplicates(stepIds)) {
    ctx.addIssue({ ...issueWith(say('recoveryPlan.idsMixedUp')), path: ['goals'] });
  }
  if (isSigned(fields)) {
    // A signed plan is fixed, so it must be complete when the person signs it.
    for (const message of recoveryPlanMissingBeforeSigning(fields)) ctx.addIssue({ ...issueWith(message), path: ['signature'] });
  } else if (fields.peerSignature || fields.supervisorSignature) {
    // Until the person signs, the plan can still change under a signature already given.
    ctx.addIssue({ ...issueWith(say('recoveryPlan.personSignsFirst')), path: ['signature'] });
  }
});
export type RecoveryPlanFields = z.infer<typeof recoveryPlanShape>;
export type RecoveryPlanInput = z.input<typeof RecoveryPlanFields>;

/** What must be written before the person signs. */
export function recoveryPlanMissingBeforeSigning(fields: Pick<RecoveryPlanFields, 'strengths' | 'goals' | 'reviewDate'>): Message[] {
  const missing: Message[] = [];
  if (!fields.strengths) missing.push(say('recoveryPlan.strengthsMissing'));
  if (fields.goals.length === 0) missing.push(say('recoveryPlan.goalsMissing'));
  for (const goal of fields.goals) {
    if (goal.steps.length === 0) missing.push(say('recoveryPlan.firstStepMissing', { goal: quoted(goal.inTheirWords) }));
  }
  if (!fields.reviewDate) missing.push(say('recoveryPlan.reviewDateMissing'));
  return missing;
}

export interface SignatureRequirement {
  requireSupervisor: boolean;
}

/**
 * Everything the plan still needs before it is finished: what to write first, then each
 * signature still to come, in signing order. `requireSupervisor` comes from the agency's settings.
 */
export function recoveryPlanMissing(fields: RecoveryPlanFields, { requireSupervisor }: SignatureRequirement): Message[] {
  const missing = recoveryPlanMissingBeforeSigning(fields);
  if (!fields.signature) missing.push(say('recoveryPlan.personSignatureMissing'));
  if (!fields.peerSignature) missing.push(say('recoveryPlan.peerSignatureMissing'));
  if (requireSupervisor && !fields.supervisorSignature) missing.push(say('recoveryPlan.supervisorSignatureMissing'));
  return missing;
}

/** The next version: the same words, goals and steps, unsigned by everyone. */
export function nextRecoveryPlanVersion(previous: RecordWithFields<RecoveryPlanFields>): RecoveryPlanFields {
  return { ...nextVersionFields(previous, RECOVERY_PLAN_FIELDS_AFTER_SIGNING), peerSignature: null, supervisorSignature: null };
}

const leaf = (key: string, title: string, value: string, format: OutlineNode['format'] = 'text'): OutlineNode => ({
  key,
  part: key,
  title,
  value,
  format,
  children: [],
});

function stepOutline(step: ActionStep): OutlineNode {
  return {
    key: step.id,
    part: 'step',
    title: 'Step',
    value: step.what,
    format: 'text',
    children: [
      leaf('who-helps', 'Who helps', step.whoHelps),
      leaf('by-when', 'By when', step.byWhen, 'date'),
      leaf('status', 'Where it is at', step.status, 'status'),
    ],
  };
}

function goalOutline(goal: Goal): OutlineNode {
  return {
    key: goal.id,
    part: 'goal',
    title: 'Goal',
    value: goal.inTheirWords,
    format: 'text',
    children: [leaf('life-area', 'Life area', goal.domain), ...goal.steps.map(stepOutline)],
  };
}

/** The plan as a reader sees it, in order: for comparing versions and for the printed copy. */
export function recoveryPlanOutline(fields: RecoveryPlanFields): OutlineNode[] {
  return [
    leaf('life-areas', 'Life areas', fields.lifeDomains.join(', ')),
    leaf('strengths', 'Strengths', fields.strengths),
    { ...leaf('goals', 'Goals', ''), children: fields.goals.map(goalOutline) },
    leaf('supports', 'Supports', fields.supports),
    leaf('review-date', 'Review date', fields.reviewDate, 'date'),
  ];
}
