/**
 * An operating-system policy: a flat document of settings (the same names as agency.json's
 * `policies`) and, optionally, `signature`: the agency's Ed25519 signature over the rest.
 * The main process reads it from the OS's policy place (registry, /etc, managed preferences);
 * this reads what it says, setting by setting, so one mistyped value does not void the others.
 */
import { say, type Message } from '../messages';
import { schemaIssueMessage } from './schema-issue';
import {
  isPolicySettingName,
  listOf,
  policySettingName,
  policySettingSchemas,
  POLICY_SETTING_NAMES,
  type PolicySettings,
} from './policy-settings';

/** What the main process found in the OS's policy place. */
export type OsPolicyReading =
  | { status: 'absent'; location: string }
  | { status: 'found'; location: string; document: unknown }
  | { status: 'unreadable'; location: string; reason: Message };

/** A problem as a message, worded in the peer's language on the About screen. */
export interface PolicyDocumentProblem {
  setting: string | null;
  message: Message;
}

export interface ReadPolicyDocument {
  /** The settings whose values are valid; the merge decides which of them apply. */
  settings: Partial<PolicySettings>;
  /** Present when the document is an object (only then can a signature cover it). */
  signed: Record<string, unknown> | null;
  problems: PolicyDocumentProblem[];
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function readPolicyDocument(document: unknown): ReadPolicyDocument {
  if (!isPlainObject(document)) {
    return {
      settings: {},
      signed: null,
      problems: [{ setting: null, message: say('policy.notSettings') }],
    };
  }
  const settings: Partial<Record<string, unknown>> = {};
  const problems: PolicyDocumentProblem[] = [];
  for (const [name, value] of Object.entries(document)) {
    if (name === 'signature') continue;
    if (!isPolicySettingName(name)) {
      problems.push({
        setting: name,
        message: say('policy.unknownSetting', { name, settings: POLICY_SETTING_NAMES.join(', ') }),
      });
      continue;
    }
    const parsed = policySettingSchemas[name].safeParse(value);
    if (parsed.success) settings[name] = parsed.data;
    else
      problems.push({
        setting: name,
        message: say('policy.settingIgnored', {
          setting: policySettingName(name),
          issues: listOf(parsed.error.issues.map((issue) => schemaIssueMessage(issue, name))),
        }),
      });
  }
  return { settings: settings as Partial<PolicySettings>, signed: document, problems };
}
