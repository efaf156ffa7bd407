/**
 * Claim lines as a CSV file a billing clerk opens in a spreadsheet: UTF-8 with a byte-order mark
 * (so Excel reads accents right), CRLF lines, and no cell a spreadsheet would run as a formula.
 */
import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../csv-cells';
import type { ClaimLine } from './claim-check';

/** A claim line holds up to four modifiers, each in its own column as billing systems expect. */
const MODIFIER_COLUMNS = 4;

export const CLAIM_CSV_COLUMNS = [
  'medicaid_id',
  'date_of_service',
  'start_time',
  'end_time',
  'procedure_code',
  'modifier_1',
  'modifier_2',
  'modifier_3',
  'modifier_4',
  'units',
  'place_of_service',
  'rendering_peer',
  'credential',
  'goal_served',
] as const;

const BYTE_ORDER_MARK = '\uFEFF';

const row = (line: ClaimLine): string[] => [
  line.medicaidId,
  line.dateOfService,
  line.startTime,
  line.endTime,
  line.procedureCode,
  ...Array.from({ length: MODIFIER_COLUMNS }, (_, index) => line.modifiers[index] ?? ''),
  String(line.units),
  line.placeOfService,
  line.renderingPeer,
  line.credential,
  line.goalsServed.join('; '),
];

export function claimLinesToCsv(lines: readonly ClaimLine[]): string {
  const csv = Papa.unparse(
    { fields: [...CLAIM_CSV_COLUMNS], data: lines.map((line) => row(line).map(spreadsheetSafeCell)) },
    { newline: '\r\n' },
  );
  // Papa ends a header-only file with a line break, and a file with rows without one.
  return `${BYTE_ORDER_MARK}${csv.endsWith('\r\n') ? csv : `${csv}\r\n`}`;
}
