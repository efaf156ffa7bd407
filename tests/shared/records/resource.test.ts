import { describe, expect, it } from 'vitest';
import { english } from '../../support/english';
import { NotAResourceListError, referralFollowUpDue, ResourceFields, resourcesFromCsv, resourcesToCsv } from '@shared/records/resource';

const foodBank = ResourceFields.parse({
  name: 'Inter-Faith Food Shuttle',
  kind: 'food',
  address: '1001 Blair Dr, Raleigh, NC',
  hours: 'Mon–Fri 9–4, "bring ID"',
  phone: '919-250-0043',
  notes: 'Ask for Rosa, she speaks Spanish',
  lastVerified: '2026-02-10',
});

describe('the resource directory as CSV', () => {
  it('goes out and comes back the same, quotes and commas included', () => {
    const csv = resourcesToCsv([foodBank, ResourceFields.parse({ name: 'AA Tuesday, downtown', kind: 'meetings' })]);
    expect(csv.split('\r\n')[0]).toBe('name,kind,address,hours,phone,notes,lastVerified');
    const back = resourcesFromCsv(csv);
    expect(back.problems).toEqual([]);
    expect(back.resources).toEqual([foodBank, ResourceFields.parse({ name: 'AA Tuesday, downtown', kind: 'meetings' })]);
  });

  it('never writes a cell a spreadsheet would run as a formula, and reads it back as written', () => {
    const risky = ResourceFields.parse({ name: '=HYPERLINK("http://x")', kind: 'other', notes: '+1 extra' });
    const csv = resourcesToCsv([risky]);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(resourcesFromCsv(csv).resources[0]).toEqual(risky);
  });

  it("imports an agency's list with other column spellings, reporting bad rows by number and keeping the rest", () => {
    const csv =
      '\uFEFFName,Kind,Phone,Last Verified,County\r\nFood pantry,FOOD,919-555-0100,2026-01-05,Wake\r\n,housing,,,\r\nBus pass office,transport,,last spring,Wake\r\n';
    const result = resourcesFromCsv(csv);
    expect(result.resources.map((r) => [r.name, r.kind, r.lastVerified])).toEqual([['Food pantry', 'food', '2026-01-05']]);
    expect(english(result.problems)).toEqual([
      { row: 3, messages: ['Add the name of the place or service.'] },
      { row: 4, messages: ['Write the date it was last checked as YYYY-MM-DD, like 2026-03-02.'] },
    ]);
  });

  it('refuses a file that is not a resource list, saying which columns it needs', () => {
    expect(() => resourcesFromCsv('date,amount\n2026-01-01,5\n')).toThrow(NotAResourceListError);
    expect(() => resourcesFromCsv('date,amount\n')).toThrow(/"name" and "kind"/);
  });
});

describe('a referral', () => {
  it('needs following up once its date comes, until the person is connected or chose not to go', () => {
    expect(referralFollowUpDue({ status: 'suggested', followUpOn: '2026-03-05' }, '2026-03-04')).toBe(false);
    expect(referralFollowUpDue({ status: 'contacted', followUpOn: '2026-03-05' }, '2026-03-05')).toBe(true);
    expect(referralFollowUpDue({ status: 'connected', followUpOn: '2026-03-05' }, '2026-03-09')).toBe(false);
    expect(referralFollowUpDue({ status: 'not-pursued', followUpOn: '2026-03-05' }, '2026-03-09')).toBe(false);
    expect(referralFollowUpDue({ status: 'suggested', followUpOn: '' }, '2026-03-09')).toBe(false);
  });
});
