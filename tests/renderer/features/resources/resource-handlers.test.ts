import { describe, expect, it } from 'vitest';
import { english } from '../../../support/english';
import { resourcesFromCsv } from '@shared/records/resource';
import { resourceHandlers } from '../../../../renderer/src/features/resources/worker/resource-handlers';
import { createdVault, dumpStore } from '../../vault/vault-fixture';

const AGENCY_LIST = [
  'Name,Kind,Address,Hours,Phone,Notes,Last Verified',
  'Inter-Faith Food Shuttle,food,"1001 Blair Dr, Raleigh",Mon–Fri 9–4,919-250-0043,Bring ID if you have it,2026-02-10',
  'Oak City Cares,housing,1430 S Wilmington St,,919-867-3500,,2026-01-20',
  ',transport,,,,,',
  'Tuesday night meeting,meetings,First Baptist basement,Tue 7pm,,,last spring',
].join('\r\n');

async function directory() {
  const { vault, db } = await createdVault();
  return { db, resources: resourceHandlers(vault) };
}

describe('the resource directory', () => {
  it('keeps entries sealed and lists them by name', async () => {
    const { resources, db } = await directory();
    await resources['resources.save']({ id: null, fields: { name: 'Wake County Housing', kind: 'housing', phone: '919-555-0177' } });
    await resources['resources.save']({ id: null, fields: { name: 'bus pass office', kind: 'transport' } });
    expect((await resources['resources.list']()).map(({ fields }) => fields.name)).toEqual(['bus pass office', 'Wake County Housing']);
    expect(await dumpStore(db)).not.toContain('Wake County Housing');
  });

  it('explains what a new entry is missing', async () => {
    const { resources } = await directory();
    await expect(resources['resources.save']({ id: null, fields: { name: '', kind: 'food' } })).rejects.toThrow(
      'Add the name of the place or service.',
    );
  });

  it('edits and removes an entry, and never another kind of record through it', async () => {
    const { resources } = await directory();
    const saved = await resources['resources.save']({ id: null, fields: { name: 'Food pantry', kind: 'food' } });
    await resources['resources.save']({ id: saved.id, fields: { ...saved.fields, hours: 'Sat 10–12' } });
    expect((await resources['resources.list']())[0]!.fields.hours).toBe('Sat 10–12');
    await resources['resources.remove']({ id: saved.id });
    expect(await resources['resources.list']()).toEqual([]);
    await expect(resources['resources.remove']({ id: 'no-such-id' })).rejects.toThrow('That resource could not be found');
  });
});

describe("importing an agency's CSV list", () => {
  it('adds the places it can read and reports each row it could not, by row number', async () => {
    const { resources } = await directory();
    const result = await resources['resources.import']({ csv: AGENCY_LIST });
    expect(english(result)).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
      problems: [
        { row: 4, messages: ['Add the name of the place or service.'] },
        { row: 5, messages: ['Write the date it was last checked as YYYY-MM-DD, like 2026-03-02.'] },
      ],
    });
    const listed = await resources['resources.list']();
    expect(listed.map(({ fields }) => [fields.name, fields.kind, fields.address])).toEqual([
      ['Inter-Faith Food Shuttle', 'food', '1001 Blair Dr, Raleigh'],
      ['Oak City Cares', 'housing', '1430 S Wilmington St'],
    ]);
  });

  it('updates a place already in the directory (same name and address) instead of adding it twice, keeping notes the list leaves empty', async () => {
    const { resources } = await directory();
    await resources['resources.save']({
      id: null,
      fields: { name: 'oak city cares', kind: 'housing', address: '1430 S  Wilmington St', notes: 'Ask for Marcus at the front desk' },
    });
    const first = await resources['resources.import']({ csv: AGENCY_LIST });
    expect(first).toMatchObject({ added: 1, updated: 1, unchanged: 0 });
    const again = await resources['resources.import']({ csv: AGENCY_LIST });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2 });

    const listed = await resources['resources.list']();
    expect(listed).toHaveLength(2);
    expect(listed.find(({ fields }) => fields.kind === 'housing')!.fields).toMatchObject({
      name: 'Oak City Cares',
      phone: '919-867-3500',
      lastVerified: '2026-01-20',
      notes: 'Ask for Marcus at the front desk',
    });
  });

  it('refuses a file that is not a resource list, adding nothing', async () => {
    const { resources } = await directory();
    await expect(resources['resources.import']({ csv: 'date,amount\r\n2026-01-01,5' })).rejects.toThrow(/"name" and "kind"/);
    expect(await resources['resources.list']()).toEqual([]);
  });
});

describe('saving the directory as CSV', () => {
  it('writes every entry in the columns an import reads, and a notebook importing it gets the same directory', async () => {
    const { resources } = await directory();
    await resources['resources.import']({ csv: AGENCY_LIST });
    await resources['resources.save']({
      id: null,
      fields: { name: '=Crisis line', kind: 'crisis', phone: '988', notes: 'Call or text, any time' },
    });
    const csv = await resources['resources.export']();
    expect(csv.split('\r\n')[0]).toBe('name,kind,address,hours,phone,notes,lastVerified');
    expect(csv.split('\r\n')).toHaveLength(4);

    const elsewhere = await directory();
    expect(await elsewhere.resources['resources.import']({ csv })).toEqual({ added: 3, updated: 0, unchanged: 0, problems: [] });
    const fieldsOf = async (handlers: typeof resources) => (await handlers['resources.list']()).map(({ fields }) => fields);
    expect(await fieldsOf(elsewhere.resources)).toEqual(await fieldsOf(resources));
    expect(resourcesFromCsv(csv).resources.find(({ kind }) => kind === 'crisis')!.name).toBe('=Crisis line');
  });
});
