/**
 * BARC-10, the Brief Assessment of Recovery Capital (Vilsaint et al., 2017; free to use): ten
 * statements the person rates from 1 (strongly disagree) to 6 (strongly agree), taken now and
 * again so they can see their recovery capital over time.
 *
 * A skipped statement stays skipped: nothing is ever filled in for the person, and a total is
 * given only when all ten are answered, because a total from fewer would not mean the same thing.
 */
import { z } from 'zod';
import { issue } from '../messages';
import { isoDate } from './dates';
import type { RecordWithFields } from './signed-versions';
import { compareText, text } from './text';

export const BARC10_ITEM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type BarcItemId = (typeof BARC10_ITEM_IDS)[number];

/** The statements, word for word. */
export const BARC10_ITEMS: readonly { id: BarcItemId; statement: string }[] = [
  { id: 1, statement: 'There are more important things to me in life than using substances.' },
  { id: 2, statement: 'In general I am happy with my life.' },
  { id: 3, statement: 'I have enough energy to complete the tasks I set myself.' },
  { id: 4, statement: 'I am proud of the community I live in and feel part of it.' },
  { id: 5, statement: 'I get lots of support from friends.' },
  { id: 6, statement: 'I regard my life as challenging and fulfilling without the need for using drugs or alcohol.' },
  { id: 7, statement: 'My living space has helped to drive my recovery journey.' },
  { id: 8, statement: 'I take full responsibility for my actions.' },
  { id: 9, statement: 'I am happy dealing with a range of professional people.' },
  { id: 10, statement: 'I am making good progress on my recovery journey.' },
];

/** The scale: 1 strongly disagree, 2 disagree, 3 somewhat disagree, 4 somewhat agree, 5 agree, 6 strongly agree (the screens word it). */
export const BARC10_SCALE = [1, 2, 3, 4, 5, 6] as const;
export type BarcAnswer = (typeof BARC10_SCALE)[number];

export const BARC10_HIGHEST_TOTAL = 60;

const answer = z.union(
  BARC10_SCALE.map((value) => z.literal(value)),
  { error: issue('barc.answerOutOfRange') },
);

export const BarcFields = z.object({
  takenOn: isoDate(issue('barc.takenOnMissing')),
  /** By statement id. A skipped statement is null or absent: there is no default answer. */
  answers: z
    .partialRecord(z.literal(BARC10_ITEM_IDS), answer.nullable())
    .refine((answers) => Object.values(answers).some((value) => value !== null), issue('barc.nothingAnswered')),
  notes: text(5000).default(''),
});
export type BarcFields = z.infer<typeof BarcFields>;
export type BarcInput = z.input<typeof BarcFields>;
export type BarcAnswers = BarcFields['answers'];

export interface BarcScore {
  /** 10 to 60, only when all ten are answered. */
  total: number | null;
  answered: number;
  missingItems: BarcItemId[];
}

export function barcScore(answers: BarcAnswers): BarcScore {
  const missingItems = BARC10_ITEM_IDS.filter((id) => typeof answers[id] !== 'number');
  const sum = BARC10_ITEM_IDS.reduce((total, id) => total + (answers[id] ?? 0), 0);
  return { total: missingItems.length === 0 ? sum : null, answered: BARC10_ITEM_IDS.length - missingItems.length, missingItems };
}

export interface BarcHistoryPoint extends BarcScore {
  id: string;
  takenOn: string;
}

/** One person's assessments, oldest first, for the chart (a point without a total is a gap). */
export function barcHistory(records: readonly RecordWithFields<BarcFields>[]): BarcHistoryPoint[] {
  return [...records]
    .sort((a, b) => compareText(a.fields.takenOn, b.fields.takenOn) || compareText(a.id, b.id))
    .map(({ id, fields }) => ({ id, takenOn: fields.takenOn, ...barcScore(fields.answers) }));
}
