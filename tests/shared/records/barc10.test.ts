import { describe, expect, it } from 'vitest';
import { englishOfIssue } from '../../support/english';
import { BARC10_ITEMS, BARC10_SCALE, BarcFields, barcHistory, barcScore, type BarcAnswers, type BarcInput } from '@shared/records/barc10';

const allAnswered = (value: 1 | 2 | 3 | 4 | 5 | 6): BarcAnswers =>
  Object.fromEntries(BARC10_ITEMS.map((item) => [item.id, value])) as BarcAnswers;
const assessment = (id: string, over: Partial<BarcInput>) => ({
  id,
  fields: BarcFields.parse({ takenOn: '2026-03-03', answers: allAnswered(4), ...over }),
});

describe('the BARC-10 statements and scale', () => {
  it('are the ten statements, word for word, numbered 1 to 10', () => {
    expect(BARC10_ITEMS.map((item) => item.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(BARC10_ITEMS[0]!.statement).toBe('There are more important things to me in life than using substances.');
    expect(BARC10_ITEMS[5]!.statement).toBe('I regard my life as challenging and fulfilling without the need for using drugs or alcohol.');
    expect(BARC10_ITEMS[9]!.statement).toBe('I am making good progress on my recovery journey.');
  });

  it('rate from 1, strongly disagree, to 6, strongly agree', () => {
    expect(BARC10_SCALE).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('a BARC-10 answer sheet', () => {
  it('never fills in a skipped statement', () => {
    const fields = BarcFields.parse({ takenOn: '2026-03-03', answers: { 1: 5, 2: null } });
    expect(fields.answers).toEqual({ 1: 5, 2: null });
    expect(fields.notes).toBe('');
  });

  it('takes only whole answers from 1 to 6, for statements 1 to 10', () => {
    for (const value of [0, 7, 3.5, '4']) {
      const result = BarcFields.safeParse({ takenOn: '2026-03-03', answers: { 1: value } });
      expect(result.error?.issues.map(englishOfIssue)[0]).toBe(
        'Choose an answer from 1 (strongly disagree) to 6 (strongly agree), or leave it blank.',
      );
    }
    expect(BarcFields.safeParse({ takenOn: '2026-03-03', answers: { 11: 3 } }).success).toBe(false);
  });

  it('needs a date and at least one answer', () => {
    const result = BarcFields.safeParse({ answers: { 1: null } });
    expect(result.error?.issues.map(englishOfIssue)).toEqual([
      'Add the date the person filled this in.',
      'Answer at least one statement, or leave this for another day.',
    ]);
  });
});

describe('the BARC-10 total', () => {
  it('adds up all ten answers, from 10 to 60', () => {
    expect(barcScore(allAnswered(1))).toEqual({ total: 10, answered: 10, missingItems: [] });
    expect(barcScore(allAnswered(6))).toEqual({ total: 60, answered: 10, missingItems: [] });
    expect(barcScore({ ...allAnswered(4), 3: 6, 7: 2 }).total).toBe(40);
  });

  it('gives no total when any statement is skipped, and says which', () => {
    expect(barcScore({ ...allAnswered(6), 4: null })).toEqual({ total: null, answered: 9, missingItems: [4] });
    const { 2: _skipped, 9: _alsoSkipped, ...eight } = allAnswered(5);
    expect(barcScore(eight)).toEqual({ total: null, answered: 8, missingItems: [2, 9] });
    expect(barcScore({})).toEqual({ total: null, answered: 0, missingItems: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
  });
});

describe('BARC-10 over time', () => {
  const records = [
    assessment('later', { takenOn: '2026-06-10', answers: { ...allAnswered(5), 3: null, 8: null } }),
    assessment('first', { takenOn: '2026-03-03', answers: { ...allAnswered(4), 1: 6 } }),
  ];

  it('is ordered by date for the chart, a missing total kept as a gap', () => {
    expect(barcHistory(records)).toEqual([
      { id: 'first', takenOn: '2026-03-03', total: 42, answered: 10, missingItems: [] },
      { id: 'later', takenOn: '2026-06-10', total: null, answered: 8, missingItems: [3, 8] },
    ]);
    expect(records.map((record) => record.id)).toEqual(['later', 'first']);
  });
});
