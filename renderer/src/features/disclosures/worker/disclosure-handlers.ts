/**
 * The disclosure log: sharing is recorded only under a release that is active today and covers
 * who received it and why; otherwise the vault refuses and says why. Each entry carries the
 * §2.32 notice, and stays as written (its kind only grows).
 */
import { say } from '@shared/messages';
import {
  accountingOfDisclosures,
  checkDisclosure,
  type DisclosureEntryFields,
  type DisclosureEntryInput,
} from '@shared/records/disclosure-log';
import { latestVersions } from '@shared/records/signed-versions';
import type { Vault } from '../../../vault/vault';
import { InvalidInputError } from '../../../vault/errors';
import { localToday } from '../../../vault/clock';
import { listDocuments, type DocumentVersion } from '../../documents/worker/document-handlers';

export function disclosureHandlers({ records, clock }: Pick<Vault, 'records' | 'clock'>) {
  return {
    'disclosures.record': ({ personId, entry }: { personId: string; entry: Partial<DisclosureEntryInput> }) =>
      records.write(async (tx) => {
        const releases = await listDocuments(records, personId, 'release');
        // Only the latest version of a release speaks for it.
        const release = latestVersions(releases).find((candidate) => candidate.id === entry.releaseId) ?? null;
        const check = checkDisclosure(entry, release, localToday(clock.now()));
        if (!check.ok) throw new InvalidInputError(check.reason);
        const record = await tx.save({
          id: null,
          kind: 'disclosure',
          parentId: personId,
          changes: check.entry,
          history: { action: 'disclose', personId, note: say('history.disclosure.sharedWith', { recipient: check.entry.sharedWith }) },
        });
        return { id: record.id, rev: record.rev, fields: check.entry };
      }),

    /** The accounting of disclosures: every entry, newest first. */
    'disclosures.list': async ({ personId }: { personId: string }): Promise<DocumentVersion<DisclosureEntryFields>[]> =>
      accountingOfDisclosures((await records.children(personId, 'disclosure')).map(({ id, rev, fields }) => ({ id, rev, fields }))),
  };
}
