import { describe, expect, it } from 'vitest';
import { ResourceFields } from '@shared/records/resource';
import { findResources, mergeImportedResource, resourceMatches, sameResource } from '@shared/records/resource-directory';

const pantry = ResourceFields.parse({
  name: 'Comedor Comunitario',
  kind: 'food',
  address: '12 Main St',
  hours: 'Sábados 10–12',
  notes: 'Ask for Rosa; crédito not needed',
});
const shelter = ResourceFields.parse({ name: 'Oak City Cares', kind: 'housing', address: '1430 S Wilmington St', phone: '919-867-3500' });

describe('the directory', () => {
  it('knows one place by its name and address, however they are typed', () => {
    expect(sameResource(shelter, { name: '  oak city  CARES', address: '1430 s wilmington st' })).toBe(true);
    expect(sameResource(shelter, { name: 'Oak City Cares', address: '' })).toBe(false);
  });

  it("takes an imported list's values but never lets an empty cell erase what is there", () => {
    const imported = ResourceFields.parse({
      name: 'Oak City Cares',
      kind: 'housing',
      address: '1430 S Wilmington St',
      hours: 'Every day 8–5',
      lastVerified: '2026-03-01',
    });
    expect(mergeImportedResource({ ...shelter, notes: 'Marcus at the desk' }, imported)).toEqual({
      ...shelter,
      notes: 'Marcus at the desk',
      hours: 'Every day 8–5',
      lastVerified: '2026-03-01',
    });
  });

  it('finds entries with every word, in any field, without regard to case or accents', () => {
    expect(resourceMatches(pantry, 'comedor sabados')).toBe(true);
    expect(resourceMatches(pantry, 'ROSA credito')).toBe(true);
    expect(resourceMatches(pantry, 'rosa shelter')).toBe(false);
    expect(resourceMatches(shelter, '867-3500')).toBe(true);
    expect(resourceMatches(shelter, '  ')).toBe(true);
  });

  it('narrows by kind and words together, keeping the order', () => {
    const directory = [
      { id: 'a', fields: pantry },
      { id: 'b', fields: shelter },
    ];
    expect(findResources(directory, { kind: 'all', words: '' }).map(({ id }) => id)).toEqual(['a', 'b']);
    expect(findResources(directory, { kind: 'housing', words: '' }).map(({ id }) => id)).toEqual(['b']);
    expect(findResources(directory, { kind: 'food', words: 'oak' })).toEqual([]);
  });
});
