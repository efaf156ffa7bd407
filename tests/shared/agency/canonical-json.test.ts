import { describe, expect, it } from 'vitest';
import { canonicalJson, NotCanonicalJsonError } from '../../../shared/agency/canonical-json';

describe('canonical JSON', () => {
  it('gives one form whatever order the keys were written in', () => {
    const a = canonicalJson({ noteDueHours: 12, stateRules: [{ state: 'NC', noteDeadline: { hours: 8 } }], autoLockMaxMinutes: 5 });
    const b = canonicalJson(
      JSON.parse('{ "autoLockMaxMinutes": 5, "stateRules": [ { "noteDeadline": { "hours": 8 }, "state": "NC" } ], "noteDueHours": 12 }'),
    );
    expect(a).toBe(b);
    expect(a).toBe('{"autoLockMaxMinutes":5,"noteDueHours":12,"stateRules":[{"noteDeadline":{"hours":8},"state":"NC"}]}');
  });

  it('refuses what JSON cannot say exactly', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(NotCanonicalJsonError);
    expect(() => canonicalJson({ a: undefined })).toThrow(NotCanonicalJsonError);
    expect(() => canonicalJson({ when: new Date(0) })).toThrow(NotCanonicalJsonError);
  });
});
