import { describe, expect, it } from 'vitest';
import { englishOfIssue } from '../../support/english';
import { PersonFields } from '@shared/records/person';

describe('supporters on the person record', () => {
  it('default to none, so people saved before supporters existed still open', () => {
    expect(PersonFields.parse({ preferredName: 'Jordan' }).supporters).toEqual([]);
  });

  it('are not shared with unless the person says so', () => {
    const person = PersonFields.parse({
      preferredName: 'Jordan',
      supporters: [{ id: 's1', name: ' Aunt Rose ', relationship: 'aunt', phone: '555-0100', isEmergencyContact: true }],
    });
    expect(person.supporters[0]).toEqual({
      id: 's1',
      name: 'Aunt Rose',
      relationship: 'aunt',
      phone: '555-0100',
      isEmergencyContact: true,
      okToShareWith: false,
    });
  });

  it('need a name, and say so plainly', () => {
    const result = PersonFields.safeParse({ preferredName: 'Jordan', supporters: [{ id: 's1', name: ' ' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map(englishOfIssue)[0]).toBe("Add the supporter's name.");
  });
});
