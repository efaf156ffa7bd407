/**
 * Works out the installation's effective settings from three layers: Peer Notebook's built-in
 * defaults, the agency's build (agency.json, trusted: the agency signed the installer), and the
 * operating system's policy.
 *
 * The OS policy is judged setting by setting. A setting that makes the app stricter (or keeps it
 * as it is) always applies: anyone who can write the OS policy place is a machine administrator,
 * and a stricter app harms no one's records. A setting that loosens applies only when the whole
 * document carries a valid signature by a policy key built into the app; otherwise it is refused
 * and the rest still apply, so a mistake in one setting never silently drops the others. A
 * document that is not a set of settings at all is refused as a whole.
 */
import type { Sodium } from '../crypto/sodium';
import { say } from '../messages';
import type { AgencyConfig } from './agency-config';
import { findAgencySigner } from './agency-signature';
import { noteDeadlineFor } from './note-policy';
import type { EffectiveSettings, InstallationPolicy, SettingSource } from './installation-policy';
import { readPolicyDocument, type OsPolicyReading } from './policy-document';
import {
  BUILT_IN_POLICY_SETTINGS,
  describePolicyValue,
  policySettingName,
  POLICY_SETTING_NAMES,
  type NoteDeadline,
  type PolicySettingName,
  type PolicySettings,
  type StateRule,
} from './policy-settings';

type Problem = InstallationPolicy['problems'][number];

function deadlineNoLonger(candidate: NoteDeadline, current: NoteDeadline): boolean {
  if ('hours' in candidate) return 'hours' in current ? candidate.hours <= current.hours : candidate.hours <= current.businessDays * 24;
  // A count of business days cannot be shown to end before a count of hours (weekends, holidays).
  return 'businessDays' in current && candidate.businessDays <= current.businessDays;
}

/** Every state's deadline (its rule, else the general note due hours) is no longer than before. */
function stateRulesNoLooser(candidate: StateRule[], candidateDueHours: number, current: StateRule[], currentDueHours: number): boolean {
  const states = new Set([...candidate, ...current].map((rule) => rule.state));
  return [...states].every((state) =>
    deadlineNoLonger(
      noteDeadlineFor({ stateRules: candidate, noteDueHours: candidateDueHours }, state),
      noteDeadlineFor({ stateRules: current, noteDueHours: currentDueHours }, state),
    ),
  );
}

/** Whether `candidate` makes the app at least as strict as `before` for setting `name`. */
function isNoLooser<K extends PolicySettingName>(
  name: K,
  candidate: PolicySettings[K],
  before: PolicySettings,
  after: PolicySettings,
): boolean {
  const checks: { [N in PolicySettingName]: (value: PolicySettings[N]) => boolean } = {
    autoLockMaxMinutes: (minutes) => minutes <= before.autoLockMaxMinutes,
    requireAgencyKeySlot: (required) => required || !before.requireAgencyKeySlot,
    noteDueHours: (hours) => hours <= before.noteDueHours,
    stateRules: (rules) => stateRulesNoLooser(rules, after.noteDueHours, before.stateRules, before.noteDueHours),
    // What a payer pays for is neither stricter nor looser: any change needs the agency's signature.
    noteUnitRule: (rule) =>
      rule.unitMinutes === before.noteUnitRule.unitMinutes && rule.partialUnitFromMinutes === before.noteUnitRule.partialUnitFromMinutes,
    plaintextExportAllowed: (allowed) => !allowed || before.plaintextExportAllowed,
    minimumPassphraseScore: (score) => score >= before.minimumPassphraseScore,
    requireSupervisorSignature: (required) => required || !before.requireSupervisorSignature,
    // More review is stricter: a policy may add kinds, and needs the agency's signature to drop one.
    supervisorReviews: (kinds) => before.supervisorReviews.every((kind) => kinds.includes(kind)),
    coSignRequired: (kinds) => before.coSignRequired.every((kind) => kinds.includes(kind)),
  };
  return checks[name](candidate);
}

function startingSettings(agencyConfig: AgencyConfig | null): EffectiveSettings {
  const source = (name: PolicySettingName): SettingSource =>
    agencyConfig?.policies[name] !== undefined ? { kind: 'agency-build' } : { kind: 'built-in' };
  const setting = <K extends PolicySettingName>(name: K) => ({
    value: agencyConfig?.policies[name] ?? BUILT_IN_POLICY_SETTINGS[name],
    source: source(name),
  });
  return {
    autoLockMaxMinutes: setting('autoLockMaxMinutes'),
    requireAgencyKeySlot: setting('requireAgencyKeySlot'),
    noteDueHours: setting('noteDueHours'),
    stateRules: setting('stateRules'),
    noteUnitRule: setting('noteUnitRule'),
    plaintextExportAllowed: setting('plaintextExportAllowed'),
    minimumPassphraseScore: setting('minimumPassphraseScore'),
    requireSupervisorSignature: setting('requireSupervisorSignature'),
    supervisorReviews: setting('supervisorReviews'),
    coSignRequired: setting('coSignRequired'),
  };
}

export const settingValues = (settings: EffectiveSettings): PolicySettings => ({
  autoLockMaxMinutes: settings.autoLockMaxMinutes.value,
  requireAgencyKeySlot: settings.requireAgencyKeySlot.value,
  noteDueHours: settings.noteDueHours.value,
  stateRules: settings.stateRules.value,
  noteUnitRule: settings.noteUnitRule.value,
  plaintextExportAllowed: settings.plaintextExportAllowed.value,
  minimumPassphraseScore: settings.minimumPassphraseScore.value,
  requireSupervisorSignature: settings.requireSupervisorSignature.value,
  supervisorReviews: settings.supervisorReviews.value,
  coSignRequired: settings.coSignRequired.value,
});

export interface PolicyLayers {
  /** The agency.json built into this app; null for a community build. */
  agencyConfig: AgencyConfig | null;
  osPolicy: OsPolicyReading;
}

export function resolveInstallationPolicy(sodium: Sodium, { agencyConfig, osPolicy }: PolicyLayers): InstallationPolicy {
  const settings = startingSettings(agencyConfig);
  const agency: InstallationPolicy['agency'] = agencyConfig && {
    name: agencyConfig.agencyName,
    contact: agencyConfig.agencyContact,
    recoveryKeys: agencyConfig.recoveryKeys,
    policyKeys: agencyConfig.policyKeys,
    syncServer: agencyConfig.syncServer,
    updateFeed: agencyConfig.updateFeed,
    payers: agencyConfig.payers,
  };
  const { location } = osPolicy;
  const result = (
    status: InstallationPolicy['osPolicy']['status'],
    problems: Problem[],
    signedBy: string | null = null,
  ): InstallationPolicy => ({
    agency,
    settings,
    osPolicy: { location, status, signedBy },
    problems,
  });

  if (osPolicy.status === 'absent') return result('absent', []);
  if (osPolicy.status === 'unreadable') {
    return result('unreadable', [{ setting: null, message: say('policy.unreadable', { location, reason: osPolicy.reason }) }]);
  }

  const document = readPolicyDocument(osPolicy.document);
  const problems: Problem[] = document.problems.map((problem) => ({
    ...problem,
    message: say('policy.at', { location, problem: problem.message }),
  }));
  if (!document.signed) return result('refused', problems);

  const policyKeys = agencyConfig?.policyKeys ?? [];
  const signedBy = findAgencySigner(sodium, 'os-policy', document.signed, policyKeys);
  if (document.signed.signature !== undefined && !signedBy) {
    problems.push({
      setting: null,
      message: say(policyKeys.length ? 'policy.signatureNotMatching' : 'policy.signedWithoutKey', { location }),
    });
  }

  const offered = POLICY_SETTING_NAMES.filter((name) => document.settings[name] !== undefined);
  let applied = 0;
  const before = settingValues(settings);
  for (const name of offered) {
    const candidate = document.settings[name]!;
    const setting = policySettingName(name);
    if (!signedBy && !isNoLooser(name, candidate, before, settingValues(settings))) {
      const [now, wanted] = [describePolicyValue(name, before[name]), describePolicyValue(name, candidate)];
      problems.push({
        setting: name,
        message: say(name === 'noteUnitRule' ? 'policy.unitsNeedSignature' : 'policy.looserNeedsSignature', {
          setting,
          now,
          wanted,
          location,
        }),
      });
      continue;
    }
    if (name === 'requireAgencyKeySlot' && candidate === true && !agencyConfig?.recoveryKeys.length) {
      problems.push({
        setting: name,
        message: say('policy.noRecoveryKey', { setting, location }),
      });
      continue;
    }
    // The loop visits one setting per name, so each assignment matches its own key's type.
    (settings as Record<PolicySettingName, EffectiveSettings[PolicySettingName]>)[name] = {
      value: candidate,
      source: { kind: 'os-policy', location, signedBy },
    };
    applied += 1;
  }

  const status = applied === offered.length && problems.length === 0 ? 'applied' : applied > 0 ? 'partly-applied' : 'refused';
  return result(status, problems, signedBy);
}
