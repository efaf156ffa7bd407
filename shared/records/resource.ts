/**
 * The community-resource directory and referrals.
 *
 * Peers teach people to fish: the directory is something the peer and the person search together,
 * offline, and a referral records what the person chose to do. An agency hands out its list as a
 * CSV file; the same columns come back out, so a list can go round without anyone retyping it.
 */
import Papa from 'papaparse';
import { z } from 'zod';
import { issue, type Message, MessageError, messagesOfIssues, say } from '../messages';
import { isoDate, optionalIsoDate } from './dates';
import { text } from './text';
import { spreadsheetCellValue, spreadsheetSafeCell } from '../csv-cells';

export const RESOURCE_KINDS = ['housing', 'food', 'meetings', 'health', 'legal', 'transport', 'work', 'money', 'crisis', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const ResourceFields = z.object({
  name: text(300).min(1, issue('resource.nameMissing')),
  kind: z.enum(RESOURCE_KINDS, { error: issue('resource.kindMissing') }),
  address: text(500).default(''),
  hours: text(500).default(''),
  phone: text(60).default(''),
  notes: text(5000).default(''),
  lastVerified: optionalIsoDate(issue('resource.lastVerifiedInvalid')),
});
export type ResourceFields = z.infer<typeof ResourceFields>;
export type ResourceInput = z.input<typeof ResourceFields>;

/** The CSV columns, in order; the header row uses these names. */
export const RESOURCE_CSV_COLUMNS = [
  'name',
  'kind',
  'address',
  'hours',
  'phone',
  'notes',
  'lastVerified',
] as const satisfies readonly (keyof ResourceFields)[];

export function resourcesToCsv(resources: readonly ResourceFields[]): string {
  return Papa.unparse(
    {
      fields: [...RESOURCE_CSV_COLUMNS],
      data: resources.map((resource) => RESOURCE_CSV_COLUMNS.map((column) => spreadsheetSafeCell(resource[column]))),
    },
    { newline: '\r\n' },
  );
}

export interface CsvRowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  messages: Message[];
}

export interface ResourceCsvImport {
  resources: ResourceFields[];
  problems: CsvRowProblem[];
}

/** The file could not be read as a resource list at all (no usable header). */
export class NotAResourceListError extends MessageError {
  constructor() {
    super(say('resource.notAList'));
  }
}

/**
 * Reads a resource list. Good rows come back as resources; each bad row is reported with its row
 * number and what to fix, and the rest still import. Column names are matched without regard to
 * case or spaces, and unknown columns are ignored.
 */
export function resourcesFromCsv(csv: string): ResourceCsvImport {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().replace(/\s+/g, '').toLowerCase(),
  });
  const headers = parsed.meta.fields ?? [];
  if (!headers.includes('name') || !headers.includes('kind')) {
    throw new NotAResourceListError();
  }
  const resources: ResourceFields[] = [];
  const problems: CsvRowProblem[] = [];
  parsed.data.forEach((row, index) => {
    const candidate = Object.fromEntries(
      RESOURCE_CSV_COLUMNS.map((column) => [column, spreadsheetCellValue(row[column.toLowerCase()] ?? '').trim()]),
    );
    candidate.kind = candidate.kind!.toLowerCase();
    const result = ResourceFields.safeParse(candidate);
    if (result.success) resources.push(result.data);
    else problems.push({ row: index + 2, messages: messagesOfIssues(result.error.issues) });
  });
  return { resources, problems };
}

export const REFERRAL_STATUSES = ['suggested', 'contacted', 'connected', 'not-pursued'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** A referral for one person (parent: the person) to a resource in the directory. */
export const ReferralFields = z.object({
  resourceId: z.string().min(1, issue('resource.referralResourceMissing')),
  reason: text(2000).default(''),
  madeOn: isoDate(issue('resource.referralDateMissing')),
  status: z.enum(REFERRAL_STATUSES).default('suggested'),
  followUpOn: optionalIsoDate(issue('resource.referralFollowUpInvalid')),
  outcome: text(5000).default(''),
});
export type ReferralFields = z.infer<typeof ReferralFields>;
export type ReferralInput = z.input<typeof ReferralFields>;

/** A referral still needs following up while it is open and its follow-up date has come. */
export const referralFollowUpDue = (referral: Pick<ReferralFields, 'status' | 'followUpOn'>, today: string): boolean =>
  (referral.status === 'suggested' || referral.status === 'contacted') && referral.followUpOn !== '' && referral.followUpOn <= today;
