/**
 * How a service note's minutes become billable units, as an agency writes it (agency.json, an OS
 * policy, a payer profile): the checked form of shared/records/service-note.ts's UnitRule.
 */
import { z } from 'zod';
import { issue } from '../messages';
import type { UnitRule } from '../records/service-note';

const wholeMinutes = z.number({ error: issue('policy.issue.wholeMinutes') }).int(issue('policy.issue.wholeMinutes'));

export const NoteUnitRule = z
  .object(
    {
      unitMinutes: wholeMinutes.min(1, issue('policy.issue.atLeastOneMinute')).max(60, issue('policy.issue.atMostUnitMinutes')),
      partialUnitFromMinutes: wholeMinutes.min(1, issue('policy.issue.atLeastOneMinute')),
    },
    { error: issue('policy.issue.unitRule') },
  )
  .strict()
  .refine((rule) => rule.partialUnitFromMinutes <= rule.unitMinutes, issue('policy.issue.partialUnit')) satisfies z.ZodType<UnitRule>;
