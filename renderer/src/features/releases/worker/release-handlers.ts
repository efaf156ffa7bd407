/** What happens to a signed release afterwards: the person takes it back, or its ending event comes. */
import { assertReleaseEditable, Revocation } from '@shared/records/release';
import type { Vault } from '../../../vault/vault';
import { parseOrExplain } from '../../../vault/parse-input';

export function releaseHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'releases.revoke': ({ id, revocation }: { id: string; revocation: Revocation }) =>
      records.write(async (tx) => {
        const release = await tx.require('release', id, 'That release');
        const change = { revocation: parseOrExplain(Revocation, revocation) };
        assertReleaseEditable(release.fields, change);
        const summary = `Release revoked (${change.revocation.receivedHow})`;
        await tx.save({ id, kind: 'release', changes: change, history: { action: 'revoke', summary } });
      }),

    'releases.recordEnding': ({ id, occurredOn }: { id: string; occurredOn: string }) =>
      records.write(async (tx) => {
        const release = await tx.require('release', id, 'That release');
        const change = { eventOccurredOn: occurredOn };
        assertReleaseEditable(release.fields, change);
        await tx.save({ id, kind: 'release', changes: change, history: { summary: 'Release ending event recorded' } });
      }),
  };
}
