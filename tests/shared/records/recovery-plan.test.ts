import { describe, expect, it } from 'vitest';
import { english, englishOfIssue } from '../../support/english';
import { compareVersions, type PartComparison } from '@shared/records/plan-outline';
import { fieldsOpenAfterSigning } from '@shared/records/record-kinds';
import {
  nextRecoveryPlanVersion,
  PROGRESS_STATUSES,
  RecoveryPlanFields,
  recoveryPlanMissing,
  recoveryPlanMissingBeforeSigning,
  recoveryPlanOutline,
  SUGGESTED_LIFE_DOMAINS,
  type RecoveryPlanInput,
  lifeAreaForNewGoal,
} from '@shared/records/recovery-plan';
import { assertEditable, SignedRecordLockedError, type Signature } from '@shared/records/signed-versions';

const signedBy = (signerName: string): Signature => ({ method: 'typed', signedAt: '2026-03-04T10:00:00-05:00', signerName });

const input = (over: Partial<RecoveryPlanInput> = {}): RecoveryPlanInput => ({
  seriesId: 'plan-1',
  lifeDomains: ['Housing', 'Work and learning'],
  strengths: "I don't give up. I'm good with my hands.",
  goals: [
    {
      id: 'g-home',
      inTheirWords: 'Have my own place with a door that locks',
      domain: 'Housing',
      steps: [
        { id: 's-list', what: 'Get on the housing list', whoHelps: 'Sam (peer)', byWhen: '2026-04-01', status: 'started' },
        { id: 's-id', what: 'Get my ID back', whoHelps: 'My sister', byWhen: '', status: 'not-started' },
      ],
    },
    {
      id: 'g-work',
      inTheirWords: 'Work with wood again',
      domain: '',
      steps: [{ id: 's-shop', what: 'Visit the community workshop', whoHelps: '' }],
    },
  ],
  supports: 'My sister, Tuesday meeting',
  reviewDate: '2026-06-04',
  ...over,
});
const plan = (over: Partial<RecoveryPlanInput> = {}) => RecoveryPlanFields.parse(input(over));
const signedPlan = (over: Partial<RecoveryPlanInput> = {}) =>
  plan({ signature: signedBy('Dana Reyes'), peerSignature: signedBy('Sam Peer'), ...over });

describe('the recovery plan', () => {
  it('offers life areas as suggestions and keeps the ones the person names', () => {
    expect(SUGGESTED_LIFE_DOMAINS).toEqual(
      expect.arrayContaining([
        'Housing',
        'Work and learning',
        'Health',
        'Relationships',
        'Recovery and wellness',
        'Money',
        'Legal',
        'Spirituality',
        'Fun and community',
      ]),
    );
    expect(plan({ lifeDomains: ['Housing', 'Getting my kids back'] }).lifeDomains).toEqual(['Housing', 'Getting my kids back']);
    const twice = RecoveryPlanFields.safeParse(input({ lifeDomains: ['Housing', ' housing '] }));
    expect(twice.error?.issues.map(englishOfIssue)[0]).toBe('Each life area only needs to be listed once.');
  });

  it("keeps each goal in the person's own words; a life area tag can't stand in for them", () => {
    expect(plan().goals[0]).toMatchObject({ inTheirWords: 'Have my own place with a door that locks', domain: 'Housing' });
    const tagOnly = RecoveryPlanFields.safeParse(input({ goals: [{ id: 'g', inTheirWords: '  ', domain: 'Housing' }] }));
    expect(tagOnly.error?.issues.map(englishOfIssue)[0]).toBe(
      "Write this goal in the person's own words. A life area can go with it, but never instead of it.",
    );
  });

  it('gives new steps a "not started" status and no date, and knows five statuses in plain words', () => {
    expect(plan().goals[1]!.steps[0]).toEqual({
      id: 's-shop',
      what: 'Visit the community workshop',
      whoHelps: '',
      byWhen: '',
      status: 'not-started',
    });
    expect(PROGRESS_STATUSES).toEqual(['not-started', 'started', 'paused', 'done', 'changed-my-mind']);
    const badDate = RecoveryPlanFields.safeParse(
      input({ goals: [{ id: 'g', inTheirWords: 'x', steps: [{ id: 's', what: 'y', byWhen: 'next week' }] }] }),
    );
    expect(badDate.error?.issues.map(englishOfIssue)[0]).toBe('Add the "by when" date as a full date.');
  });

  it('refuses two goals or steps with the same id, since progress points at them', () => {
    const goals = input().goals!;
    const sameGoal = RecoveryPlanFields.safeParse(input({ goals: [goals[0]!, { ...goals[1]!, id: 'g-home' }] }));
    expect(sameGoal.error?.issues.map(englishOfIssue)[0]).toBe('Two goals or steps got mixed up. Remove the copy and add it again.');
    const sameStep = RecoveryPlanFields.safeParse(
      input({ goals: [goals[0]!, { ...goals[1]!, steps: [{ id: 's-list', what: 'Again' }] }] }),
    );
    expect(sameStep.success).toBe(false);
  });
});

describe('what the plan needs before signing', () => {
  it('asks for strengths, a goal and a review date on an empty plan', () => {
    expect(english(recoveryPlanMissingBeforeSigning(plan({ strengths: '', goals: [], reviewDate: '' })))).toEqual([
      "Write down some of the person's strengths: what they're good at, and what has helped before.",
      "Add at least one goal, in the person's own words.",
      'Choose a date to look at this plan again together.',
    ]);
  });

  it('asks for a first step toward a goal that has none, naming the goal in their words', () => {
    const goal = { id: 'g', inTheirWords: 'See my kids on weekends' };
    expect(english(recoveryPlanMissingBeforeSigning(plan({ goals: [goal] })))).toEqual([
      'Add a first step toward “See my kids on weekends”: something small to start with, and who can help.',
    ]);
  });

  it('then asks for the signatures in order: the person, the peer, and the supervisor only where the agency requires one', () => {
    const unsigned = plan();
    expect(english(recoveryPlanMissing(unsigned, { requireSupervisor: false }))).toEqual([
      "Ask the person to sign their plan. It's theirs, so they sign first.",
      'Sign the plan yourself, as their peer.',
    ]);
    expect(english(recoveryPlanMissing(unsigned, { requireSupervisor: true }))).toEqual([
      "Ask the person to sign their plan. It's theirs, so they sign first.",
      'Sign the plan yourself, as their peer.',
      'Your agency asks for a supervising professional to sign too. Ask your supervisor to sign.',
    ]);
    expect(english(recoveryPlanMissing(signedPlan(), { requireSupervisor: false }))).toEqual([]);
    expect(english(recoveryPlanMissing(signedPlan(), { requireSupervisor: true }))).toEqual([
      'Your agency asks for a supervising professional to sign too. Ask your supervisor to sign.',
    ]);
    expect(
      english(recoveryPlanMissing(signedPlan({ supervisorSignature: signedBy('Pat Lead, LCSW') }), { requireSupervisor: true })),
    ).toEqual([]);
  });

  it('lists what to write before the signatures', () => {
    const messages = recoveryPlanMissing(plan({ reviewDate: '' }), { requireSupervisor: false });
    expect(english(messages[0])).toBe('Choose a date to look at this plan again together.');
    expect(messages).toHaveLength(3);
  });

  it('speaks plainly, never clinically', () => {
    const all = [
      ...recoveryPlanMissing(plan({ strengths: '', goals: [{ id: 'g', inTheirWords: 'x' }], reviewDate: '' }), { requireSupervisor: true }),
      ...recoveryPlanMissing(plan({ goals: [] }), { requireSupervisor: true }),
    ].join(' ');
    expect(all).not.toMatch(/\b(patient|client|consumer|noncompliant|non-compliant|compliance|intervention|symptom|deficit|treatment)\b/i);
  });

  it("can't be signed by the person while something is missing", () => {
    const result = RecoveryPlanFields.safeParse(input({ reviewDate: '', signature: signedBy('Dana Reyes') }));
    expect(result.error?.issues.map(englishOfIssue)).toEqual(['Choose a date to look at this plan again together.']);
  });

  it('is signed by the person first', () => {
    const result = RecoveryPlanFields.safeParse(input({ peerSignature: signedBy('Sam Peer') }));
    expect(result.error?.issues.map(englishOfIssue)[0]).toBe('The person signs their plan first; then you and your supervisor sign.');
  });
});

describe('a signed plan is fixed', () => {
  const openAfterSigning = fieldsOpenAfterSigning('recovery-plan');

  it('refuses changes to its content once the person has signed', () => {
    const signed = signedPlan();
    expect(() => assertEditable(signed, { strengths: 'Something new' }, openAfterSigning)).toThrow(SignedRecordLockedError);
    const goals = structuredClone(signed.goals);
    goals[0]!.steps[0]!.status = 'done';
    expect(() => assertEditable(signed, { goals }, openAfterSigning)).toThrow(SignedRecordLockedError);
  });

  it("still takes the peer's and the supervisor's signatures after the person's", () => {
    const signed = plan({ signature: signedBy('Dana Reyes') });
    expect(() =>
      assertEditable(signed, { peerSignature: signedBy('Sam Peer'), supervisorSignature: signedBy('Pat Lead') }, openAfterSigning),
    ).not.toThrow();
  });

  it('a new version keeps every word, goal and step, clears all three signatures and goes up one', () => {
    const previous = { id: 'rec-1', fields: signedPlan({ supervisorSignature: signedBy('Pat Lead') }) };
    const next = nextRecoveryPlanVersion(previous);
    expect(next).toEqual({
      ...previous.fields,
      version: 2,
      supersedes: 'rec-1',
      signature: null,
      peerSignature: null,
      supervisorSignature: null,
    });
    expect(RecoveryPlanFields.parse(next)).toEqual(next);
    next.goals[0]!.inTheirWords = 'Changed in the draft';
    expect(previous.fields.goals[0]!.inTheirWords).toBe('Have my own place with a door that locks');
    expect(() => assertEditable(next, { strengths: 'Now I can change it' })).not.toThrow();
  });
});

describe('comparing two versions side by side', () => {
  const older = plan();
  const newer = plan({
    strengths: older.strengths,
    reviewDate: '2026-09-04',
    goals: [
      {
        id: 'g-home',
        inTheirWords: 'Have my own place, with a door that locks, near the bus',
        domain: 'Housing',
        steps: [
          { id: 's-list', what: 'Get on the housing list', whoHelps: 'Sam (peer)', byWhen: '2026-04-01', status: 'done' },
          { id: 's-visit', what: 'Visit two apartments', whoHelps: 'Sam (peer)', byWhen: '2026-05-01' },
        ],
      },
      {
        id: 'g-walk',
        inTheirWords: 'Walk every morning',
        domain: 'Health',
        steps: [{ id: 's-walk', what: 'Walk to the corner and back' }],
      },
    ],
  });
  const parts = compareVersions(recoveryPlanOutline(older), recoveryPlanOutline(newer));
  const find = (list: readonly PartComparison[], key: string) => list.find((part) => part.key === key)!;
  const goals = find(parts, 'goals').children;

  it('goes section by section, in order', () => {
    expect(parts.map((part) => [part.key, part.title, part.change])).toEqual([
      ['life-areas', 'Life areas', 'unchanged'],
      ['strengths', 'Strengths', 'unchanged'],
      ['goals', 'Goals', 'changed'],
      ['supports', 'Supports', 'unchanged'],
      ['review-date', 'Review date', 'changed'],
    ]);
    expect(find(parts, 'review-date')).toMatchObject({ old: '2026-06-04', new: '2026-09-04', format: 'date' });
    expect(find(parts, 'life-areas')).toMatchObject({ old: 'Housing, Work and learning' });
  });

  it('finds goals changed, added and removed, matched by id', () => {
    expect(goals.map((goal) => [goal.key, goal.part, goal.change])).toEqual([
      ['g-home', 'goal', 'changed'],
      ['g-work', 'goal', 'removed'],
      ['g-walk', 'goal', 'added'],
    ]);
    expect(find(goals, 'g-home')).toMatchObject({
      old: 'Have my own place with a door that locks',
      new: 'Have my own place, with a door that locks, near the bus',
    });
    expect(find(goals, 'g-work')).toMatchObject({ old: 'Work with wood again', new: null });
  });

  it('finds steps changed, added and removed within a goal, down to who, when and status', () => {
    const home = find(goals, 'g-home').children;
    expect(home.map((part) => [part.key, part.change])).toEqual([
      ['life-area', 'unchanged'],
      ['s-list', 'changed'],
      ['s-id', 'removed'],
      ['s-visit', 'added'],
    ]);
    const list = find(home, 's-list');
    expect(list).toMatchObject({ part: 'step', old: 'Get on the housing list', new: 'Get on the housing list' });
    expect(list.children.map((part) => [part.key, part.old, part.new, part.change])).toEqual([
      ['who-helps', 'Sam (peer)', 'Sam (peer)', 'unchanged'],
      ['by-when', '2026-04-01', '2026-04-01', 'unchanged'],
      ['status', 'started', 'done', 'changed'],
    ]);
    expect(find(list.children, 'status').format).toBe('status');
  });

  it('shows a version compared with itself as unchanged throughout', () => {
    expect(compareVersions(recoveryPlanOutline(older), recoveryPlanOutline(older)).every((part) => part.change === 'unchanged')).toBe(true);
  });
});

describe("a new goal's life area", () => {
  it('is the first area they chose that no goal speaks to yet, else their only area, else none', () => {
    expect(lifeAreaForNewGoal(['Housing', 'Work'], [])).toBe('Housing');
    expect(lifeAreaForNewGoal(['Housing', 'Work'], [{ domain: 'Housing' }])).toBe('Work');
    expect(lifeAreaForNewGoal(['Housing', 'Work'], [{ domain: 'Housing' }, { domain: 'Work' }])).toBe('');
    expect(lifeAreaForNewGoal(['Housing'], [{ domain: 'Housing' }])).toBe('Housing');
    expect(lifeAreaForNewGoal([], [])).toBe('');
  });
});
