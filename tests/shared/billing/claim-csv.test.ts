import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS, claimLinesToCsv } from '@shared/billing/claim-csv';
import type { ClaimLine } from '@shared/billing/claim-check';

const line: ClaimLine = {
  noteId: 'n1',
  personId: 'p1',
  medicaidId: '900123456Q',
  dateOfService: '2026-03-02',
  startTime: '10:00',
  endTime: '10:50',
  procedureCode: 'H0038',
  modifiers: ['HQ'],
  units: 3,
  placeOfService: '99',
  renderingPeer: 'Dana Peer',
  credential: 'CPSS',
  goalsServed: ['Get my own place, "soon"', 'Drive again'],
};

describe('the claims CSV', () => {
  it('starts with a byte-order mark and a header, one CRLF row per line, modifiers in their own columns', () => {
    const csv = claimLinesToCsv([line]);
    expect(csv.startsWith('\uFEFFmedicaid_id,date_of_service,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(rows).toEqual([
      [...CLAIM_CSV_COLUMNS],
      [
        '900123456Q',
        '2026-03-02',
        '10:00',
        '10:50',
        'H0038',
        'HQ',
        '',
        '',
        '',
        '3',
        '99',
        'Dana Peer',
        'CPSS',
        'Get my own place, "soon"; Drive again',
      ],
    ]);
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralises a cell starting like a formula: %j',
    (danger) => {
      const csv = claimLinesToCsv([{ ...line, goalsServed: [danger], renderingPeer: danger }]);
      const [, row] = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
      expect(row![11]).toBe(`'${danger}`);
      expect(row![13]).toBe(`'${danger}`);
    },
  );

  it('keeps accents as UTF-8 text', () => {
    expect(claimLinesToCsv([{ ...line, renderingPeer: 'Dána Peña' }])).toContain('Dána Peña');
  });

  it('is only the header for no lines', () => {
    expect(claimLinesToCsv([])).toBe(`\uFEFF${CLAIM_CSV_COLUMNS.join(',')}\r\n`);
  });
});
