import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../../shared/crypto/sodium';
import { AgencyConfigError, parseAgencyConfig } from '../../../shared/agency/agency-config';
import { agencyKeyFingerprint } from '../../../shared/crypto/agency-key';
import { normalizeFingerprint } from '../../../shared/agency/agency-public-key';
import { DEFAULT_PAYER_PROFILE } from '../../../shared/billing/payer-profile';
import { makeTestAgency, publicKeyEntry } from './agency-fixtures';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await loadSodium();
});

/** The problems parseAgencyConfig reports, one line each. */
function problemsOf(json: unknown): string[] {
  try {
    parseAgencyConfig(sodium, json);
  } catch (error) {
    expect(error).toBeInstanceOf(AgencyConfigError);
    return (error as AgencyConfigError).problems;
  }
  throw new Error('the configuration was accepted');
}

describe('agency.json', () => {
  it('accepts a complete agency configuration and keeps what the agency set', () => {
    const agency = makeTestAgency(sodium);
    const config = parseAgencyConfig(sodium, agency.json);
    expect(config.agencyName).toBe('Riverbend Peer Services');
    expect(config.recoveryKeys[0]!.fingerprint).toBe(agencyKeyFingerprint(sodium, agency.recovery.publicKey));
    expect(config.policies).toEqual({ autoLockMaxMinutes: 15, requireAgencyKeySlot: true, plaintextExportAllowed: false });
    expect(config.updateFeed).toBe('https://updates.riverbend.example/peer-notebook/');
  });

  it('the example in build/ is valid and shows every setting', () => {
    const example = JSON.parse(readFileSync(new URL('../../../build/agency.example.json', import.meta.url), 'utf8')) as Record<
      string,
      unknown
    >;
    const config = parseAgencyConfig(sodium, example, 'build/agency.example.json');
    expect(Object.keys(config.policies).sort()).toEqual([
      'autoLockMaxMinutes',
      'minimumPassphraseScore',
      'noteDueHours',
      'noteUnitRule',
      'plaintextExportAllowed',
      'requireAgencyKeySlot',
      'requireSupervisorSignature',
      'stateRules',
    ]);
    expect(config.payers).toEqual([DEFAULT_PAYER_PROFILE]);
  });

  it('names a bad payer profile by its place in the list', () => {
    expect(
      problemsOf({ format: 1, agencyName: 'A', payers: [{ ...DEFAULT_PAYER_PROFILE, services: [{ code: 'H0038', modifiers: ['HQQ'] }] }] }),
    ).toEqual(['payers[0].services[0].modifiers[0]: must be two capital letters or digits, such as "HQ"']);
  });

  it('needs only the format and the agency name; the rest keeps safe defaults', () => {
    const config = parseAgencyConfig(sodium, { format: 1, agencyName: 'Small Agency' });
    expect(config).toMatchObject({ recoveryKeys: [], policyKeys: [], syncServer: null, updateFeed: null, payers: [], policies: {} });
  });

  it('accepts fingerprints typed with capitals, colons or no spaces, and URL-safe or unpadded keys', () => {
    const agency = makeTestAgency(sodium);
    const fingerprint = agencyKeyFingerprint(sodium, agency.recovery.publicKey);
    const key = sodium.to_base64(agency.recovery.publicKey, sodium.base64_variants.URLSAFE_NO_PADDING);
    const config = parseAgencyConfig(sodium, {
      ...agency.json,
      recoveryKeys: [{ label: 'Recovery', publicKey: key, fingerprint: fingerprint.match(/.{4}/g)!.join(':').toUpperCase() }],
    });
    expect(config.recoveryKeys[0]!.fingerprint).toBe(fingerprint);
    expect(normalizeFingerprint(fingerprint.match(/.{4}/g)!.join(' '))).toBe(fingerprint);
  });

  it('names every bad field and what it must be', () => {
    const agency = makeTestAgency(sodium);
    const problems = problemsOf({
      ...agency.json,
      agencyName: '',
      syncServer: 'http://sync.riverbend.example',
      updateFeed: 'updates.riverbend.example',
      policies: {
        autoLockMaxMinutes: 90,
        minimumPassphraseScore: 5,
        noteDueHours: 1.5,
        stateRules: [{ state: 'nc', noteDeadline: { hours: 24 } }],
        noteUnitRule: { unitMinutes: 15, partialUnitFromMinutes: 20 },
        autoLock: 5,
      },
      colour: 'blue',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "agencyName: must be the agency's name",
        'syncServer: must be an https:// address without a user name or password, such as https://sync.example.org',
        'updateFeed: must be an https:// address without a user name or password, such as https://updates.example.org/peer-notebook/',
        'policies.autoLockMaxMinutes: must be at most 30 minutes (the longest auto-lock time the app offers)',
        'policies.minimumPassphraseScore: must be a zxcvbn score from 0 to 4',
        'policies.noteDueHours: must be a whole number of hours',
        'policies.stateRules[0].state: must be a two-letter state code in capitals, such as "NC"',
        'policies.noteUnitRule: partialUnitFromMinutes must be at most unitMinutes (equal to it: whole units only)',
        'policies: "autoLock" is not a field Peer Notebook knows here (check the spelling)',
        '"colour" is not a field Peer Notebook knows here (check the spelling)',
      ]),
    );
    expect(problems).toHaveLength(10);
  });

  it('refuses a fingerprint that does not match its key, saying which fingerprint the key has', () => {
    const agency = makeTestAgency(sodium);
    const other = sodium.crypto_box_keypair().publicKey;
    const wrong = { ...publicKeyEntry(sodium, 'Recovery', agency.recovery.publicKey), fingerprint: agencyKeyFingerprint(sodium, other) };
    const [problem] = problemsOf({ ...agency.json, recoveryKeys: [wrong] });
    expect(problem).toBe(
      `recoveryKeys[0].fingerprint: does not match its publicKey (the key's fingerprint is ${agencyKeyFingerprint(sodium, agency.recovery.publicKey)}); one of the two was copied wrongly`,
    );
  });

  it('refuses a key that is not 32 bytes of base64', () => {
    const agency = makeTestAgency(sodium);
    const entry = publicKeyEntry(sodium, 'Recovery', agency.recovery.publicKey);
    expect(problemsOf({ ...agency.json, recoveryKeys: [{ ...entry, publicKey: entry.publicKey.slice(0, 30) }] })).toEqual([
      'recoveryKeys[0].publicKey: must be a 32-byte public key in base64 (43 or 44 characters), as the key tool printed it',
    ]);
  });

  it('refuses a policy key that is not an Ed25519 key', () => {
    const agency = makeTestAgency(sodium);
    // Some 32-byte strings are not points on the Ed25519 curve; find one the way a typo would make it.
    let notAPoint = sodium.randombytes_buf(32);
    while (sodium.crypto_core_ed25519_is_valid_point(notAPoint)) notAPoint = sodium.randombytes_buf(32);
    expect(problemsOf({ ...agency.json, policyKeys: [publicKeyEntry(sodium, 'Policy', notAPoint)] })).toEqual([
      'policyKeys[0].publicKey: is not an Ed25519 policy-signing key (was a recovery key pasted here?)',
    ]);
  });

  it('refuses to require an agency key slot when there is no recovery key to seal it to', () => {
    const agency = makeTestAgency(sodium);
    expect(problemsOf({ ...agency.json, recoveryKeys: [] })).toEqual([
      'policies.requireAgencyKeySlot: is true, but recoveryKeys lists no key to seal the agency slot to: add your recovery public key',
    ]);
  });

  it('refuses another format version, and says which it reads', () => {
    expect(problemsOf({ format: 2, agencyName: 'Agency' })).toEqual([
      'format: must be 1 (the agency.json format this version of Peer Notebook reads)',
    ]);
  });

  it('the error message lists the file and every problem, one per line', () => {
    const error = (() => {
      try {
        parseAgencyConfig(sodium, { format: 1 }, '/builds/riverbend/agency.json');
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error?.message).toBe(
      "/builds/riverbend/agency.json is not a valid agency configuration:\n  - agencyName: must be the agency's name",
    );
  });
});
