/**
 * What a person's own copy holds: one of their plans, or their whole record. The worker gathers it
 * and the window words it, so the shape lives below both.
 */
import type { RecoveryPlanFields } from './recovery-plan';
import type { WellnessPlanFields } from './wellness-plan';
import type { PersonFields } from './person';
import type { ServiceNoteFields } from './service-note';
import type { DisclosureEntryFields } from './disclosure-log';

/**
 * Their whole record, as they have a right to see it: what they told us about themselves, their
 * plan, the meetings (signed notes), their recovery capital over time, and who their information
 * was shared with.
 */
export interface RecordForCopy {
  about: Pick<PersonFields, 'preferredName' | 'pronouns' | 'importantToMe' | 'howToSupportMe' | 'strengths' | 'supporters'>;
  recoveryPlan: RecoveryPlanFields | null;
  meetings: Pick<
    ServiceNoteFields,
    'date' | 'startTime' | 'endTime' | 'goalsAddressed' | 'whatWeDid' | 'theirResponse' | 'nextSteps' | 'peerName'
  >[];
  assessments: { takenOn: string; total: number | null; answered: number }[];
  sharing: Pick<DisclosureEntryFields, 'sharedOn' | 'sharedWith' | 'whatWasShared' | 'purpose'>[];
}

/**
 * Who the person can turn to, on every copy: their peer and how to reach them (as their agreement
 * says), the agency, and the 988 Suicide & Crisis Lifeline.
 */
export interface SupportForCopy {
  peerName: string;
  /** From their agreement; '' when not written down. */
  howToReachPeer: string;
  whenNotToReach: string;
  agencyName: string | null;
  agencyContact: string | null;
}

export type PlanForCopy =
  | { kind: 'recovery-plan'; fields: RecoveryPlanFields }
  | { kind: 'wellness-plan'; fields: WellnessPlanFields }
  | { kind: 'record'; fields: RecordForCopy };
