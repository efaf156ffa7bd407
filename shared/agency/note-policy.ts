/**
 * The agency's rules for service notes as the screens hand them to the vault worker (which has no
 * installation policy of its own): when a note is due, in general and by state, and how its
 * minutes become units.
 */
import type { NoteDeadline, PolicySettings, StateRule } from './policy-settings';

export type NotePolicy = Pick<PolicySettings, 'noteDueHours' | 'stateRules' | 'noteUnitRule'>;

/** The deadline where the peer works: that state's rule, else the general due hours ('' for a state not said). */
export function noteDeadlineFor(rules: { noteDueHours: number; stateRules: readonly StateRule[] }, workState: string): NoteDeadline {
  return rules.stateRules.find((rule) => rule.state === workState)?.noteDeadline ?? { hours: rules.noteDueHours };
}
