import { describe, expect, it } from 'vitest';
import { noteDeadlineFor } from '@shared/agency/note-policy';

const rules = {
  noteDueHours: 24,
  stateRules: [
    { state: 'TX', noteDeadline: { businessDays: 2 } },
    { state: 'CA', noteDeadline: { businessDays: 3 } },
  ],
};

describe('the note deadline where the peer works', () => {
  it("is that state's rule when the agency has one", () => {
    expect(noteDeadlineFor(rules, 'TX')).toEqual({ businessDays: 2 });
    expect(noteDeadlineFor(rules, 'CA')).toEqual({ businessDays: 3 });
  });

  it('is the general due hours in a state without a rule, or when the peer has not said', () => {
    expect(noteDeadlineFor(rules, 'NC')).toEqual({ hours: 24 });
    expect(noteDeadlineFor(rules, '')).toEqual({ hours: 24 });
    expect(noteDeadlineFor({ noteDueHours: 12, stateRules: [] }, 'TX')).toEqual({ hours: 12 });
  });
});
