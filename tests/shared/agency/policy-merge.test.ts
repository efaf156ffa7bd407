import { beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../../shared/crypto/sodium';
import { parseAgencyConfig, type AgencyConfig } from '../../../shared/agency/agency-config';
import { agencyKeyFingerprint } from '../../../shared/crypto/agency-key';
import { signAgencyDocument } from '../../../shared/agency/agency-signature';
import { InstallationPolicy } from '../../../shared/agency/installation-policy';
import { resolveInstallationPolicy, settingValues } from '../../../shared/agency/policy-merge';
import type { OsPolicyReading } from '../../../shared/agency/policy-document';
import { BUILT_IN_POLICY_SETTINGS } from '../../../shared/agency/policy-settings';
import { inEnglish, say } from '../../../shared/messages';
import { makeTestAgency, type TestAgency } from './agency-fixtures';

const LOCATION = '/etc/peer-notebook/policy.json';
let sodium: Sodium;
let agency: TestAgency;
let config: AgencyConfig;

beforeAll(async () => {
  sodium = await loadSodium();
  agency = makeTestAgency(sodium, { noteDueHours: 24, stateRules: [{ state: 'TX', noteDeadline: { businessDays: 2 } }] });
  config = parseAgencyConfig(sodium, agency.json);
});

const found = (document: unknown): OsPolicyReading => ({ status: 'found', location: LOCATION, document });
const resolve = (osPolicy: OsPolicyReading, agencyConfig: AgencyConfig | null = config) =>
  resolveInstallationPolicy(sodium, { agencyConfig, osPolicy });
const signed = (document: Record<string, unknown>, secretKey = agency.policy.privateKey) =>
  signAgencyDocument(sodium, 'os-policy', document, secretKey);
const osSource = (signedBy: string | null) => ({ kind: 'os-policy', location: LOCATION, signedBy });
/** Each problem with its message in English, as the About screen words it for an English-speaking peer. */
const inWords = ({ problems }: InstallationPolicy) => problems.map(({ setting, message }) => ({ setting, message: inEnglish(message) }));

describe('the installation policy', () => {
  it('a community build with no OS policy runs on the built-in defaults', () => {
    const policy = resolve({ status: 'absent', location: LOCATION }, null);
    expect(settingValues(policy.settings)).toEqual(BUILT_IN_POLICY_SETTINGS);
    expect(policy.settings.autoLockMaxMinutes.source).toEqual({ kind: 'built-in' });
    expect(policy).toMatchObject({ agency: null, osPolicy: { status: 'absent', location: LOCATION, signedBy: null }, problems: [] });
  });

  it("an agency build's settings replace the defaults, and say they came from the agency build", () => {
    const policy = resolve({ status: 'absent', location: LOCATION });
    expect(policy.settings.autoLockMaxMinutes).toEqual({ value: 15, source: { kind: 'agency-build' } });
    expect(policy.settings.plaintextExportAllowed).toEqual({ value: false, source: { kind: 'agency-build' } });
    expect(policy.settings.minimumPassphraseScore).toEqual({ value: 3, source: { kind: 'built-in' } });
    expect(policy.agency).toMatchObject({ name: 'Riverbend Peer Services', syncServer: 'https://sync.riverbend.example' });
  });

  it('an unsigned OS policy may tighten every setting (and restate how units are counted)', () => {
    const policy = resolve(
      found({
        autoLockMaxMinutes: 5,
        noteDueHours: 12,
        stateRules: [
          { state: 'TX', noteDeadline: { hours: 36 } },
          { state: 'NC', noteDeadline: { hours: 12 } },
        ],
        noteUnitRule: { unitMinutes: 15, partialUnitFromMinutes: 8 },
        minimumPassphraseScore: 4,
        plaintextExportAllowed: false,
        requireAgencyKeySlot: true,
        requireSupervisorSignature: true,
      }),
    );
    expect(policy.problems).toEqual([]);
    expect(policy.osPolicy.status).toBe('applied');
    expect(settingValues(policy.settings)).toEqual({
      autoLockMaxMinutes: 5,
      noteDueHours: 12,
      stateRules: [
        { state: 'TX', noteDeadline: { hours: 36 } },
        { state: 'NC', noteDeadline: { hours: 12 } },
      ],
      noteUnitRule: { unitMinutes: 15, partialUnitFromMinutes: 8 },
      minimumPassphraseScore: 4,
      plaintextExportAllowed: false,
      requireAgencyKeySlot: true,
      requireSupervisorSignature: true,
      supervisorReviews: [],
      coSignRequired: [],
    });
    expect(policy.settings.autoLockMaxMinutes.source).toEqual(osSource(null));
  });

  it('an unsigned OS policy may not loosen: each loosening setting is refused by name, the tightening ones still apply', () => {
    const policy = resolve(found({ autoLockMaxMinutes: 30, plaintextExportAllowed: true, minimumPassphraseScore: 4 }));
    expect(policy.settings.autoLockMaxMinutes).toEqual({ value: 15, source: { kind: 'agency-build' } });
    expect(policy.settings.plaintextExportAllowed.value).toBe(false);
    expect(policy.settings.minimumPassphraseScore).toEqual({ value: 4, source: osSource(null) });
    expect(policy.osPolicy.status).toBe('partly-applied');
    // Structured, so the window words it in the peer's language: the setting's name and values are messages too.
    expect(policy.problems[0]!.message).toEqual(
      say('policy.looserNeedsSignature', {
        setting: say('policy.setting.autoLockMaxMinutes'),
        now: say('policy.value.minutes.many', { count: 15 }),
        wanted: say('policy.value.minutes.many', { count: 30 }),
        location: LOCATION,
      }),
    );
    expect(inWords(policy)).toEqual([
      {
        setting: 'autoLockMaxMinutes',
        message: `Longest auto-lock time stays 15 minutes: the policy at ${LOCATION} would loosen it to 30 minutes, and only a policy signed with your agency's policy key may loosen a setting. Sign the policy, or choose a value no looser than 15 minutes.`,
      },
      expect.objectContaining({
        setting: 'plaintextExportAllowed',
        message: expect.stringContaining('Unencrypted export allowed stays no'),
      }),
    ]);
  });

  it('a state rule may not be lengthened, dropped in favour of longer general hours, or swapped for business days without a signature', () => {
    const longer = resolve(found({ stateRules: [{ state: 'TX', noteDeadline: { businessDays: 3 } }] }));
    expect(longer.settings.stateRules.value).toEqual([{ state: 'TX', noteDeadline: { businessDays: 2 } }]);
    expect(inEnglish(longer.problems[0]!.message)).toContain('State note deadlines stays TX: 2 business days');

    const newStateLonger = resolve(
      found({
        stateRules: [
          { state: 'TX', noteDeadline: { businessDays: 2 } },
          { state: 'CA', noteDeadline: { hours: 72 } },
        ],
      }),
    );
    expect(newStateLonger.problems).toHaveLength(1);

    const hoursToBusinessDays = resolve(
      found({
        stateRules: [
          { state: 'TX', noteDeadline: { businessDays: 2 } },
          { state: 'NC', noteDeadline: { businessDays: 1 } },
        ],
      }),
    );
    expect(hoursToBusinessDays.problems).toHaveLength(1);
  });

  it('how units are counted is changed only by a signed policy (it is neither stricter nor looser)', () => {
    const halfHours = { unitMinutes: 30, partialUnitFromMinutes: 15 };
    const unsigned = resolve(found({ noteUnitRule: halfHours }));
    expect(unsigned.settings.noteUnitRule.value).toEqual({ unitMinutes: 15, partialUnitFromMinutes: 8 });
    expect(inEnglish(unsigned.problems[0]!.message)).toContain(
      'Billable units of a service note stays 15-minute units; a last part of 8 minutes or more counts as one',
    );
    expect(inEnglish(unsigned.problems[0]!.message)).toContain(
      "only a policy signed with your agency's policy key may change how units are counted",
    );
    expect(resolve(found({ noteUnitRule: { unitMinutes: 15, partialUnitFromMinutes: 8 } })).problems).toEqual([]);

    const fingerprint = agencyKeyFingerprint(sodium, agency.policy.publicKey);
    expect(resolve(found(signed({ noteUnitRule: halfHours }))).settings.noteUnitRule).toEqual({
      value: halfHours,
      source: osSource(fingerprint),
    });
  });

  it('a policy signed by a built-in policy key may loosen, and says who signed it', () => {
    const fingerprint = agencyKeyFingerprint(sodium, agency.policy.publicKey);
    const policy = resolve(found(signed({ autoLockMaxMinutes: 30, plaintextExportAllowed: true, requireAgencyKeySlot: false })));
    expect(policy.problems).toEqual([]);
    expect(policy.osPolicy).toEqual({ location: LOCATION, status: 'applied', signedBy: fingerprint });
    expect(policy.settings.autoLockMaxMinutes).toEqual({ value: 30, source: osSource(fingerprint) });
    expect(policy.settings.plaintextExportAllowed.value).toBe(true);
    expect(policy.settings.requireAgencyKeySlot.value).toBe(false);
  });

  it('a signature by any other key, or over a changed document, is refused: the policy counts as unsigned', () => {
    const stranger = sodium.crypto_sign_keypair();
    const forged = resolve(found(signed({ autoLockMaxMinutes: 30, minimumPassphraseScore: 4 }, stranger.privateKey)));
    expect(forged.settings.autoLockMaxMinutes.value).toBe(15);
    expect(forged.settings.minimumPassphraseScore).toEqual({ value: 4, source: osSource(null) });
    expect(forged.osPolicy.signedBy).toBeNull();
    expect(forged.problems.map((p) => p.setting)).toEqual([null, 'autoLockMaxMinutes']);
    expect(inEnglish(forged.problems[0]!.message)).toContain(
      'carries a signature that does not match this policy, or was not made by a policy key built into this installation',
    );

    const edited = { ...signed({ autoLockMaxMinutes: 20 }), plaintextExportAllowed: true };
    const tampered = resolve(found(edited));
    expect(tampered.settings.plaintextExportAllowed.value).toBe(false);
    expect(tampered.settings.autoLockMaxMinutes.value).toBe(15);
    expect(tampered.osPolicy.status).toBe('refused');

    const garbage = resolve(found({ autoLockMaxMinutes: 30, signature: 'not base64 at all!' }));
    expect(garbage.settings.autoLockMaxMinutes.value).toBe(15);
  });

  it('a signed policy cannot loosen a community build, which has no policy key to check it with', () => {
    const policy = resolve(found(signed({ minimumPassphraseScore: 1 })), null);
    expect(policy.settings.minimumPassphraseScore.value).toBe(3);
    expect(inEnglish(policy.problems[0]!.message)).toContain('this installation has no agency policy key built in to check it with');
  });

  it('refuses a malformed policy as a whole', () => {
    for (const document of [['autoLockMaxMinutes', 5], 'autoLockMaxMinutes=5', null]) {
      const policy = resolve(found(document));
      expect(policy.osPolicy.status).toBe('refused');
      expect(settingValues(policy.settings)).toEqual(settingValues(resolve({ status: 'absent', location: LOCATION }).settings));
      expect(inWords(policy)).toEqual([
        { setting: null, message: `${LOCATION}: The policy is not a set of named settings (a JSON object), so none of it was applied.` },
      ]);
    }
  });

  it('reports a policy file it could not read', () => {
    const policy = resolve({
      status: 'unreadable',
      location: LOCATION,
      reason: say('policy.reason.notJson', { detail: 'Unexpected token } at position 31' }),
    });
    expect(policy.osPolicy.status).toBe('unreadable');
    expect(inWords(policy)).toEqual([
      {
        setting: null,
        message: `The policy at ${LOCATION} could not be read (it is not valid JSON: Unexpected token } at position 31), so none of it was applied.`,
      },
    ]);
  });

  it('ignores an invalid value or an unknown setting with a message naming it, and applies the rest', () => {
    const policy = resolve(found({ autoLockMaxMinutes: 'ten', autolockmaxminutes: 5, noteDueHours: 8 }));
    expect(policy.settings.noteDueHours).toEqual({ value: 8, source: osSource(null) });
    expect(policy.settings.autoLockMaxMinutes.value).toBe(15);
    expect(inWords(policy).map((p) => p.message)).toEqual([
      `${LOCATION}: Longest auto-lock time: autoLockMaxMinutes: must be a whole number of minutes. This setting was ignored.`,
      `${LOCATION}: "autolockmaxminutes" is not a setting Peer Notebook knows, so it was ignored (the settings are: autoLockMaxMinutes, requireAgencyKeySlot, noteDueHours, stateRules, noteUnitRule, plaintextExportAllowed, minimumPassphraseScore, requireSupervisorSignature, supervisorReviews, coSignRequired).`,
    ]);
  });

  it('lets an unsigned OS policy add what a supervisor reviews, and refuses one that drops a kind the build has reviewed', () => {
    const added = resolve(found({ supervisorReviews: ['service-note', 'recovery-plan'], coSignRequired: ['service-note'] }));
    expect(added.problems).toEqual([]);
    expect(added.settings.supervisorReviews.value).toEqual(['service-note', 'recovery-plan']);
    const reviewing = parseAgencyConfig(sodium, {
      ...agency.json,
      policies: { ...(agency.json.policies as object), supervisorReviews: ['service-note'] },
    });
    const dropped = resolve(found({ supervisorReviews: [] }), reviewing);
    expect(dropped.settings.supervisorReviews.value).toEqual(['service-note']);
    expect(dropped.problems.map((problem) => problem.setting)).toEqual(['supervisorReviews']);
  });

  it('cannot require an agency key slot where no agency recovery key is built in', () => {
    const policy = resolve(found({ requireAgencyKeySlot: true }), null);
    expect(policy.settings.requireAgencyKeySlot.value).toBe(false);
    expect(inWords(policy)[0]).toMatchObject({
      setting: 'requireAgencyKeySlot',
      message: expect.stringContaining("Install your agency's own build"),
    });
  });

  it('the result crosses the host API as its schema says', () => {
    const policy = resolve(found(signed({ autoLockMaxMinutes: 30 })));
    expect(InstallationPolicy.parse(policy)).toEqual(policy);
  });
});

describe("plans needing a supervisor's signature", () => {
  const requiring = () => resolve(found({ requireSupervisorSignature: true }));

  it('is off in a community build, and an unsigned OS policy may turn it on', () => {
    expect(resolve({ status: 'absent', location: LOCATION }, null).settings.requireSupervisorSignature).toEqual({
      value: false,
      source: { kind: 'built-in' },
    });
    expect(requiring().settings.requireSupervisorSignature).toEqual({ value: true, source: osSource(null) });
  });

  it('once the agency build requires it, only a signed policy may turn it off', () => {
    const requiringBuild = parseAgencyConfig(sodium, makeTestAgency(sodium, { requireSupervisorSignature: true }).json);
    const unsigned = resolve(found({ requireSupervisorSignature: false }), requiringBuild);
    expect(unsigned.settings.requireSupervisorSignature).toEqual({ value: true, source: { kind: 'agency-build' } });
    expect(inWords(unsigned)).toEqual([
      expect.objectContaining({
        setting: 'requireSupervisorSignature',
        message: expect.stringContaining("Plans need a supervisor's signature stays yes"),
      }),
    ]);
  });
});
