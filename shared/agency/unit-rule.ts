/**
 * How a service note's minutes become billable units, as an agency writes it (agency.json, an OS
 * policy, a payer profile): the checked form of shared/records/service-note.ts's UnitRule.
 */
import { z } from 'zod';
import type { UnitRule } from '../records/service-note';

const wholeMinutes = z.number({ error: 'must be a whole number of minutes' }).int('must be a whole number of minutes');

export const NoteUnitRule = z
  .object({
    unitMinutes: wholeMinutes.min(1, 'must be at least 1 minute').max(60, 'must be at most 60 minutes'),
    partialUnitFromMinutes: wholeMinutes.min(1, 'must be at least 1 minute'),
  })
  .strict()
  .refine(
    (rule) => rule.partialUnitFromMinutes <= rule.unitMinutes,
    'partialUnitFromMinutes must be at most unitMinutes (equal to it: whole units only)',
  ) satisfies z.ZodType<UnitRule>;
