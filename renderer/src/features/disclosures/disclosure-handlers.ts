/**
 * The disclosure log: sharing is recorded only under a release that is active today and covers
 * who received it and why; otherwise the vault refuses and says why. Each entry carries the
 * §2.32 notice.
 */
import { accountingOfDisclosures, checkDisclosure, DisclosureEntryFields, type DisclosureEntryInput } from '@shared/records/disclosure-log';
import { latestVersions } from '@shared/records/signed-versions';
import type { Vault } from '../../vault/vault';
import { InvalidInputError } from '../../vault/errors';
import { localToday } from '../../vault/today';
import { listDocuments, type DocumentVersion } from '../documents/document-handlers';

export function disclosureHandlers(vault: Vault) {
  return {
    'disclosures.record': async ({ personId, entry }: { personId: string; entry: Partial<DisclosureEntryInput> }) => {
      const releases = await listDocuments(vault, personId, 'release');
      // Only the latest version of a release speaks for it.
      const release = latestVersions(releases).find((candidate) => candidate.id === entry.releaseId) ?? null;
      const check = checkDisclosure(entry, release, localToday());
      if (!check.ok) throw new InvalidInputError(check.reason);
      const record = await vault.saveRecord({
        id: null,
        kind: 'disclosure',
        parentId: personId,
        changes: check.entry,
        audit: { action: 'disclose', personId, summary: `Shared with ${check.entry.sharedWith}` },
      });
      return { id: record.id, rev: record.rev, fields: check.entry };
    },

    /** The accounting of disclosures: every entry, newest first. */
    'disclosures.list': async ({ personId }: { personId: string }): Promise<DocumentVersion<DisclosureEntryFields>[]> => {
      const records = await vault.listChildren(personId, 'disclosure');
      return accountingOfDisclosures(records.map(({ id, rev, body }) => ({ id, rev, fields: DisclosureEntryFields.parse(body.fields) })));
    },
  };
}
