/**
 * agency.json: what an agency builds into its installer (its name, its keys, its servers and its
 * policies). Checked when the app is built, so a bad file fails the build with a message naming
 * each bad field, rather than shipping an installer that misbehaves on a peer's laptop.
 */
import { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { agencyKeyFingerprint } from '../crypto/agency-key';
import { decodeAgencyPublicKey, isBase64Key, normalizeFingerprint } from './agency-public-key';
import { PayerProfiles } from '../billing/payer-profile';
import { policySettingSchemas } from './policy-settings';
import { describeSchemaIssue } from './schema-issue';

const AGENCY_CONFIG_FORMAT = 1;

const FINGERPRINT = /^[0-9a-f]{64}$/;

export const AgencyPublicKey = z
  .object({
    /** Which key this is, for people: "Recovery key 2025", "Policy key (IT office)". */
    label: z
      .string({ error: 'must be a short name for the key' })
      .trim()
      .min(1, 'must be a short name for the key')
      .max(100, 'must be at most 100 characters'),
    publicKey: z
      .string({ error: 'must be the public key in base64' })
      .trim()
      .refine(isBase64Key, 'must be a 32-byte public key in base64 (43 or 44 characters), as the key tool printed it'),
    fingerprint: z
      .string({ error: 'must be the fingerprint the key tool printed' })
      .transform(normalizeFingerprint)
      .refine((text) => FINGERPRINT.test(text), 'must be the 64 hex digits the key tool printed (spaces and colons between them are fine)'),
  })
  .strict();
export type AgencyPublicKey = z.infer<typeof AgencyPublicKey>;

const httpsUrl = (example: string) =>
  z
    .string({ error: `must be an https:// address, such as ${example}` })
    .trim()
    .refine((text) => {
      try {
        const url = new URL(text);
        return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
      } catch {
        return false;
      }
    }, `must be an https:// address without a user name or password, such as ${example}`);

const keyList = (what: string) => z.array(AgencyPublicKey, { error: `must be a list of ${what}` }).max(8, `may list at most 8 ${what}`);

export const AgencyConfig = z
  .object({
    /** Lets editors find the JSON schema; ignored by the app. */
    $schema: z.string().optional(),
    format: z.literal(AGENCY_CONFIG_FORMAT, {
      error: `must be ${AGENCY_CONFIG_FORMAT} (the agency.json format this version of Peer Notebook reads)`,
    }),
    agencyName: z
      .string({ error: "must be the agency's name" })
      .trim()
      .min(1, "must be the agency's name")
      .max(200, 'must be at most 200 characters'),
    /** How the people a peer supports reach the agency (printed on their own copies), e.g. a phone number and hours. */
    agencyContact: z.string().trim().max(200, 'must be at most 200 characters').nullable().default(null),
    /** X25519 keys (crypto_box_seal) the app may seal vault keys to, so the agency can recover records. */
    recoveryKeys: keyList('recovery keys').default([]),
    /** Ed25519 keys whose signature lets an OS policy loosen settings, or vouches for a new recovery key. */
    policyKeys: keyList('policy keys').default([]),
    syncServer: httpsUrl('https://sync.example.org').nullable().default(null),
    /** A generic electron-updater feed (latest.yml etc.); no feed, no updates. */
    updateFeed: httpsUrl('https://updates.example.org/peer-notebook/').nullable().default(null),
    /** The payers whose claims the billing export checks; none listed: NC Medicaid's peer support. */
    payers: PayerProfiles.default([]),
    /** Only the settings the agency wants to change; the rest keep the built-in defaults. */
    policies: z.object(policySettingSchemas, { error: 'must be an object of settings' }).partial().strict().default({}),
  })
  .strict()
  .superRefine((config, context) => {
    if (config.policies.requireAgencyKeySlot && config.recoveryKeys.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['policies', 'requireAgencyKeySlot'],
        message: 'is true, but recoveryKeys lists no key to seal the agency slot to: add your recovery public key',
      });
    }
  });
export type AgencyConfig = z.infer<typeof AgencyConfig>;

/** agency.json did not pass: each problem names the field and what it must be. */
export class AgencyConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} is not a valid agency configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AgencyConfigError';
  }
}

/** Keys must decode, match their fingerprints, and (for policy keys) be real Ed25519 points. */
function keyProblems(sodium: Sodium, config: AgencyConfig): string[] {
  const problems: string[] = [];
  const check = (list: 'recoveryKeys' | 'policyKeys') =>
    config[list].forEach((key, index) => {
      const bytes = decodeAgencyPublicKey(sodium, key.publicKey);
      if (!bytes) {
        problems.push(`${list}[${index}].publicKey: must be a 32-byte public key in base64, as the key tool printed it`);
        return;
      }
      const actual = agencyKeyFingerprint(sodium, bytes);
      if (actual !== key.fingerprint) {
        problems.push(
          `${list}[${index}].fingerprint: does not match its publicKey (the key's fingerprint is ${actual}); one of the two was copied wrongly`,
        );
      }
      if (list === 'policyKeys' && !sodium.crypto_core_ed25519_is_valid_point(bytes)) {
        problems.push(`${list}[${index}].publicKey: is not an Ed25519 policy-signing key (was a recovery key pasted here?)`);
      }
    });
  check('recoveryKeys');
  check('policyKeys');
  return problems;
}

/** Parses agency.json's contents; throws AgencyConfigError listing every problem found. */
export function parseAgencyConfig(sodium: Sodium, value: unknown, source = 'agency.json'): AgencyConfig {
  const parsed = AgencyConfig.safeParse(value);
  if (!parsed.success) {
    throw new AgencyConfigError(
      source,
      parsed.error.issues.map((issue) => describeSchemaIssue(issue)),
    );
  }
  const problems = keyProblems(sodium, parsed.data);
  if (problems.length) throw new AgencyConfigError(source, problems);
  return parsed.data;
}
