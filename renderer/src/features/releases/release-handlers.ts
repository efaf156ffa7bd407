/** What happens to a signed release afterwards: the person takes it back, or its ending event comes. */
import { assertReleaseEditable, Revocation, type ReleaseFields } from '@shared/records/release';
import type { Vault } from '../../vault/vault';
import { RecordNotFoundError } from '../../vault/errors';
import { parseOrExplain } from '../documents/document-handlers';

async function getRelease(vault: Vault, id: string) {
  const record = await vault.getRecord(id);
  if (!record || record.body.kind !== 'release') throw new RecordNotFoundError('That release');
  return { record, fields: record.body.fields as unknown as ReleaseFields, personId: record.body.parentId };
}

export function releaseHandlers(vault: Vault) {
  return {
    'releases.revoke': async ({ id, revocation }: { id: string; revocation: Revocation }) => {
      const { fields, personId } = await getRelease(vault, id);
      const change = { revocation: parseOrExplain(Revocation, revocation) };
      assertReleaseEditable(fields, change);
      await vault.saveRecord({
        id,
        kind: 'release',
        changes: change,
        audit: { action: 'revoke', personId, summary: `Release revoked (${change.revocation.receivedHow})` },
      });
    },

    'releases.recordEnding': async ({ id, occurredOn }: { id: string; occurredOn: string }) => {
      const { fields, personId } = await getRelease(vault, id);
      const change = { eventOccurredOn: occurredOn };
      assertReleaseEditable(fields, change);
      await vault.saveRecord({
        id,
        kind: 'release',
        changes: change,
        audit: { action: 'change', personId, summary: 'Release ending event recorded' },
      });
    },
  };
}
