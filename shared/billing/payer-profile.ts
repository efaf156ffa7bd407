/**
 * What a payer pays for and how: the codes it takes, how minutes become units, and the limits it
 * refuses a claim over. An agency lists its payers in agency.json (`payers`); a community build,
 * or an agency that lists none, gets North Carolina Medicaid's peer support (Clinical Coverage
 * Policy 8G), the app's home default. The messages here are for the agency's IT, like the rest of
 * agency.json's checks.
 */
import { z } from 'zod';
import { NoteUnitRule } from '../agency/unit-rule';
import { DEFAULT_UNIT_RULE } from '../records/service-note';

const HCPCS_CODE = /^[A-Z]\d{4}$/;
const MODIFIER = /^[A-Z0-9]{2}$/;

const count = (what: string) => z.number({ error: `must be a whole number of ${what}` }).int(`must be a whole number of ${what}`);

/** One billable code with its modifiers, for individual meetings or for groups. */
export const PayerService = z
  .object({
    code: z.string({ error: 'must be a HCPCS code such as "H0038"' }).regex(HCPCS_CODE, 'must be a HCPCS code such as "H0038"'),
    modifiers: z
      .array(z.string().regex(MODIFIER, 'must be two capital letters or digits, such as "HQ"'))
      .max(4, 'may list at most 4 modifiers (a claim line holds four)')
      .default([]),
    forGroups: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict();
export type PayerService = z.infer<typeof PayerService>;

export const PayerProfile = z
  .object({
    id: z
      .string({ error: 'must be a short id such as "nc-medicaid"' })
      .regex(/^[a-z0-9-]{1,40}$/, 'must be a short id such as "nc-medicaid"'),
    name: z
      .string({ error: "must be the payer's name" })
      .trim()
      .min(1, "must be the payer's name")
      .max(200, 'must be at most 200 characters'),
    services: z.array(PayerService).min(1, 'must list at least one service the payer pays for'),
    unitRule: NoteUnitRule,
    /** Most units one person may be billed on one day; null: no daily limit. */
    dailyUnitCap: count('units').min(1, 'must be at least 1 unit').nullable().default(null),
    /** Age on the day of service; null: no limit. */
    minimumAge: count('years').min(0, 'must be 0 or more').nullable().default(null),
    maximumAge: count('years').min(0, 'must be 0 or more').nullable().default(null),
    /** Whether a signed service order must be on file before the first service. */
    serviceOrderRequired: z.boolean({ error: 'must be true or false' }).default(false),
    /** Most people one peer may lead in a group session; null: no limit. */
    groupMaxPeople: count('people').min(2, 'must be at least 2 people').nullable().default(null),
  })
  .strict()
  .refine(
    (profile) => profile.minimumAge === null || profile.maximumAge === null || profile.minimumAge <= profile.maximumAge,
    'minimumAge must be at most maximumAge',
  );
export type PayerProfile = z.infer<typeof PayerProfile>;

export const PayerProfiles = z
  .array(PayerProfile, { error: 'must be a list of payer profiles' })
  .max(20, 'may list at most 20 payers')
  .refine((profiles) => new Set(profiles.map((profile) => profile.id)).size === profiles.length, 'lists a payer id more than once');

/**
 * NC Medicaid peer support (8G): H0038 individual, H0038-HQ group, 15-minute units under the
 * 8-minute rule, adults, a service order signed before the first service, a group facilitator to
 * at most 12 people. 8G sets no daily unit limit (it limits units per episode instead), so none here.
 */
export const DEFAULT_PAYER_PROFILE: PayerProfile = {
  id: 'nc-medicaid',
  name: 'NC Medicaid (peer support, 8G)',
  services: [
    { code: 'H0038', modifiers: [], forGroups: false },
    { code: 'H0038', modifiers: ['HQ'], forGroups: true },
  ],
  unitRule: DEFAULT_UNIT_RULE,
  dailyUnitCap: null,
  minimumAge: 18,
  maximumAge: null,
  serviceOrderRequired: true,
  groupMaxPeople: 12,
};

/** The payers this installation bills: the agency's list, or the default when it lists none. */
export const payerProfilesOf = (listed: readonly PayerProfile[] | undefined | null): readonly PayerProfile[] =>
  listed && listed.length > 0 ? listed : [DEFAULT_PAYER_PROFILE];

/** A note's service code as written ("H0038-HQ", "H0038 HQ") split into its code and modifiers. */
export function splitServiceCode(serviceCode: string): { code: string; modifiers: string[] } {
  const [code = '', ...modifiers] = serviceCode
    .toUpperCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return { code, modifiers };
}

/** The payer's service a note's code names (same code, same modifiers in any order), if it pays for it. */
export function payerServiceFor(profile: PayerProfile, serviceCode: string): PayerService | null {
  const { code, modifiers } = splitServiceCode(serviceCode);
  const wanted = [...modifiers].sort().join(' ');
  return profile.services.find((service) => service.code === code && [...service.modifiers].sort().join(' ') === wanted) ?? null;
}
