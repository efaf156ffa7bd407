/**
 * A person's record as a FHIR file for someone else: made only when one of the person's releases
 * allows that recipient, purpose and information (findReleaseForSharing, the sharing log's rule),
 * and carrying the §2.32 notice. The window saves it, then records the sharing in the log
 * ('disclosures.record', which checks the release again), so the log entry is never left out.
 */
import type { Message } from '@shared/messages';
import { personBundle, type PersonRecord } from '@shared/fhir/person-bundle';
import { findReleaseForSharing, type DisclosureEntryFields, type SharingRequest } from '@shared/records/disclosure-log';
import { PeerProfileFields } from '@shared/records/peer-profile';
import { latestVersions } from '@shared/records/signed-versions';
import { compareText } from '@shared/records/text';
import type { Vault } from '../../../vault/vault';
import type { RecordStore } from '../../../vault/record-store';
import { localOffsetAt, localToday } from '../../../vault/clock';
import { listDocuments } from '../../documents/worker/document-handlers';

export type RecordFileRequest = Pick<SharingRequest, 'sharedWith' | 'purpose' | 'sharedWithinDesignation' | 'informationCovered'>;

export type RecordFileOutcome = { ok: true; json: string; entry: DisclosureEntryFields } | { ok: false; reason: Message };

/** What the log says was sent. */
export const RECORD_FILE_CONTENTS =
  'Their record as a FHIR file: profile, supporters, signed notes, recovery plan, BARC-10, referrals and releases';

/** Everything of a person's record the FHIR bundle holds, as it stands now. */
export async function personRecordOf(records: RecordStore, personId: string): Promise<PersonRecord> {
  const [person, peers, notes, plans, assessments, referrals, releases] = await Promise.all([
    records.require('person', personId, 'notFound.person'),
    records.list('peer-profile'),
    records.children(personId, 'service-note'),
    listDocuments(records, personId, 'recovery-plan'),
    records.children(personId, 'barc10'),
    records.children(personId, 'referral'),
    listDocuments(records, personId, 'release'),
  ]);
  const resources = await Promise.all(referrals.map((referral) => records.get('resource', referral.fields.resourceId)));
  const plan = latestVersions(plans).sort((a, b) => compareText(b.rev, a.rev))[0];
  return {
    person: person.fields,
    peer: peers[0]?.fields ?? PeerProfileFields.parse({}),
    notes,
    recoveryPlan: plan ? { id: plan.id, fields: plan.fields } : null,
    assessments,
    referrals: referrals.map(({ id, fields }, index) => ({
      id,
      ...fields,
      resourceName: resources[index]?.fields.name ?? 'A community resource',
    })),
    releases: latestVersions(releases),
  };
}

export function recordFileHandlers({ records, clock }: Pick<Vault, 'records' | 'clock'>) {
  return {
    'recordFile.forRecipient': async ({
      personId,
      request,
    }: {
      personId: string;
      request: RecordFileRequest;
    }): Promise<RecordFileOutcome> => {
      const now = clock.now();
      const today = localToday(now);
      const releases = latestVersions(await listDocuments(records, personId, 'release'));
      const found = findReleaseForSharing(
        { ...request, whatWasShared: RECORD_FILE_CONTENTS, sharedOn: today, method: 'electronic' },
        releases,
        today,
      );
      if (!found.ok) return found;
      const bundle = personBundle(await personRecordOf(records, personId), {
        exportedAt: now.toISOString(),
        today,
        newUuid: () => crypto.randomUUID(),
        offsetAt: localOffsetAt,
        disclosure: { notice: found.entry.notice, consentScope: found.entry.consentScope },
      });
      return { ok: true, json: JSON.stringify(bundle, null, 2), entry: found.entry };
    },
  };
}
