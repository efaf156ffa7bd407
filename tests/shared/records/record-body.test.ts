import { describe, expect, it } from 'vitest';
import { englishOfIssue } from '../../support/english';
import { applyFieldChanges, newRecordBody, tombstone } from '@shared/records/record-body';
import { PersonFields } from '@shared/records/person';
import { isKnownKind } from '@shared/records/record-kinds';

const s1 = '2026-03-01T10:00:00.000Z-0000-000000000000000a';
const s2 = '2026-03-01T10:00:01.000Z-0000-000000000000000a';

describe('record bodies', () => {
  it('only changed fields take the new stamp', () => {
    const start = applyFieldChanges(newRecordBody('person'), { preferredName: 'Ana', pronouns: 'she/her' }, s1)!;
    const next = applyFieldChanges(start, { preferredName: 'Ana', pronouns: 'they/them' }, s2)!;
    expect(next.clocks).toEqual({ preferredName: s1, pronouns: s2 });
  });

  it('a record edited on one device only is stored exactly as before sync existed', () => {
    const start = applyFieldChanges(newRecordBody('person'), { preferredName: 'Ana' }, s1)!;
    const next = applyFieldChanges(start, { preferredName: 'Ana M.' }, s2)!;
    expect(next).toEqual({ v: 1, kind: 'person', parentId: null, fields: { preferredName: 'Ana M.' }, clocks: { preferredName: s2 } });
  });

  it('no change, no revision', () => {
    const start = applyFieldChanges(newRecordBody('person'), { preferredName: 'Ana' }, s1)!;
    expect(applyFieldChanges(start, { preferredName: 'Ana', unused: undefined }, s2)).toBeNull();
  });

  it('a tombstone keeps the fields and clocks, so a delete that crossed an edit can be undone whole', () => {
    const start = applyFieldChanges(newRecordBody('person'), { preferredName: 'Ana' }, s1)!;
    expect(tombstone(start, s2)).toMatchObject({
      deleted: true,
      fields: { preferredName: 'Ana' },
      clocks: { preferredName: s1, '@deleted': s2 },
    });
  });

  it('kinds this version does not know are recognised as such', () => {
    expect(isKnownKind('person')).toBe(true);
    expect(isKnownKind('constructor')).toBe(false);
    expect(isKnownKind('future-kind')).toBe(false);
  });
});

describe('person fields', () => {
  it('need only a preferred name, and say so plainly when it is missing', () => {
    expect(PersonFields.parse({ preferredName: ' Jordan ' })).toMatchObject({ preferredName: 'Jordan', okToCall: false, phone: '' });
    const result = PersonFields.safeParse({ preferredName: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(englishOfIssue)[0]).toBe('Add the name this person likes to be called.');
  });

  it('refuse a malformed date of birth or email', () => {
    expect(PersonFields.safeParse({ preferredName: 'A', dateOfBirth: '12/01/1990' }).success).toBe(false);
    expect(PersonFields.safeParse({ preferredName: 'A', email: 'jordan@' }).success).toBe(false);
    expect(PersonFields.safeParse({ preferredName: 'A', dateOfBirth: '1990-12-01', email: 'j@example.org' }).success).toBe(true);
  });
});
