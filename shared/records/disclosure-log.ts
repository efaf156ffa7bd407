/**
 * The disclosure log: every time information is shared under a release, what was shared, with
 * whom, why, when and under which release, so the person can always be told who knows what (an
 * accounting of disclosures). Each entry carries the notice 42 CFR §2.32 requires to go with the
 * information, and a plain summary of the release's scope (§2.32(b)).
 */
import { z } from 'zod';
import { issue, type Message, messageOfIssue, say } from '../messages';
import { isoDate } from './dates';
import { releaseCovers, releaseScopeSummary, type ReleaseFields } from './release';
import type { RecordWithFields } from './signed-versions';
import { sameText, text } from './text';

/**
 * §2.32(a)(1), "Statement 1", as amended in 2024: sent with every disclosure made with consent.
 * The regulation's words are kept exactly; they are written for the recipient, not the person.
 */
export const PART2_REDISCLOSURE_NOTICE =
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, ' +
  'in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, ' +
  'unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. ' +
  'In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: ' +
  '(i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. ' +
  '(ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or ' +
  '(iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. ' +
  'A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).';

/** §2.32(a)(2), "Statement 2": the short form the regulation also allows, for tight spaces. */
export const PART2_REDISCLOSURE_NOTICE_SHORT = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

export const DISCLOSURE_METHODS = ['phone', 'in-person', 'written', 'electronic'] as const;
export type DisclosureMethod = (typeof DISCLOSURE_METHODS)[number];

export const DisclosureEntryFields = z.object({
  whatWasShared: text(5000).min(1, issue('disclosure.whatMissing')),
  sharedWith: text(300).min(1, issue('disclosure.sharedWithMissing')),
  /** The release's general designation the recipient belongs to, when they are not named on it. */
  sharedWithinDesignation: text(300).default(''),
  purpose: text(1000).min(1, issue('disclosure.purposeMissing')),
  sharedOn: isoDate(issue('disclosure.sharedOnMissing')),
  releaseId: z.string().trim().min(1, issue('disclosure.releaseMissing')),
  releaseVersion: z.number().int().min(1),
  method: z.enum(DISCLOSURE_METHODS, { error: issue('disclosure.methodMissing') }),
  // The notice as it was attached on the day (kept, even if the wording changes later).
  notice: z.string().min(1).default(PART2_REDISCLOSURE_NOTICE),
  consentScope: text(5000).default(''),
});
export type DisclosureEntryFields = z.infer<typeof DisclosureEntryFields>;
export type DisclosureEntryInput = z.input<typeof DisclosureEntryFields>;

export type DisclosureCheck = { ok: true; entry: DisclosureEntryFields } | { ok: false; reason: Message };

/**
 * The gate before sharing: a disclosure is allowed only under a chosen release that is active
 * today and covers this recipient and purpose. When it is, the entry comes back complete, linked
 * to that exact release version, with the §2.32 notice and the scope summary attached.
 */
export function checkDisclosure(
  entry: Partial<DisclosureEntryInput>,
  release: RecordWithFields<ReleaseFields> | null,
  today: string,
): DisclosureCheck {
  if (!release) {
    return { ok: false, reason: say('disclosure.noRelease') };
  }
  if (entry.releaseId && entry.releaseId !== release.id) {
    return { ok: false, reason: say('disclosure.differentRelease') };
  }
  const coverage = releaseCovers(
    release.fields,
    { recipient: entry.sharedWith ?? '', purpose: entry.purpose ?? '', recipientIsWithinDesignation: entry.sharedWithinDesignation },
    today,
  );
  if (!coverage.ok) return coverage;
  if (entry.sharedOn && entry.sharedOn > today) {
    return { ok: false, reason: say('disclosure.sharedOnInFuture', { date: { date: entry.sharedOn } }) };
  }
  const parsed = DisclosureEntryFields.safeParse({
    ...entry,
    releaseId: release.id,
    releaseVersion: release.fields.version,
    notice: PART2_REDISCLOSURE_NOTICE,
    consentScope: releaseScopeSummary(release.fields),
  });
  if (!parsed.success)
    return { ok: false, reason: parsed.error.issues[0] ? messageOfIssue(parsed.error.issues[0]) : say('disclosure.needsAnotherLook') };
  return { ok: true, entry: parsed.data };
}

/**
 * Every disclosure, newest first (optionally only those from `from` to `to`, inclusive), for
 * showing the person who was told what.
 */
export function accountingOfDisclosures<R extends RecordWithFields<DisclosureEntryFields>>(
  entries: readonly R[],
  range: { from?: string; to?: string } = {},
): R[] {
  return entries
    .filter(({ fields }) => (!range.from || fields.sharedOn >= range.from) && (!range.to || fields.sharedOn <= range.to))
    .sort((a, b) => (a.fields.sharedOn < b.fields.sharedOn ? 1 : a.fields.sharedOn > b.fields.sharedOn ? -1 : 0));
}

export interface SharingRequest {
  sharedWith: string;
  purpose: string;
  sharedWithinDesignation?: string;
  /** What is being sent, for the log. */
  whatWasShared: string;
  /** The peer confirmed the release's "information to disclose" covers what is being sent. */
  informationCovered: boolean;
  sharedOn: string;
  method: DisclosureMethod;
}

/**
 * Before a file about a person goes to someone else: the release that allows it, found among the
 * person's releases (latest versions) by the same rule as the log (checkDisclosure), with the
 * log entry ready to record. Refused with the reason otherwise: no release; or the one that
 * names this recipient (else the newest) is revoked, expired or does not cover the purpose; or
 * the peer has not confirmed it covers this information.
 */
export function findReleaseForSharing<R extends RecordWithFields<ReleaseFields>>(
  request: SharingRequest,
  releases: readonly R[],
  today: string,
): { ok: true; release: R; entry: DisclosureEntryFields } | { ok: false; reason: Message } {
  const { informationCovered, ...entry } = request;
  const checks = releases.map((release) => ({ release, check: checkDisclosure(entry, release, today) }));
  const allowed = checks.find(({ check }) => check.ok);
  if (!allowed) {
    if (checks.length === 0) return checkDisclosure(entry, null, today) as { ok: false; reason: Message };
    const names = (release: R) => release.fields.recipients.some((recipient) => sameText(recipient.name, request.sharedWith));
    const closest = checks.find(({ release }) => names(release)) ?? checks[0]!;
    return closest.check as { ok: false; reason: Message };
  }
  if (!informationCovered) {
    return { ok: false, reason: say('disclosure.informationNotConfirmed', { information: allowed.release.fields.informationToDisclose }) };
  }
  return { ok: true, release: allowed.release, entry: (allowed.check as { ok: true; entry: DisclosureEntryFields }).entry };
}
