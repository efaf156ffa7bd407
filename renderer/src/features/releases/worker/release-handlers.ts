/** What happens to a signed release afterwards: the person takes it back, or its ending event comes. */
import { say } from '@shared/messages';
import { assertReleaseEditable, Revocation } from '@shared/records/release';
import type { Vault } from '../../../vault/vault';
import { parseOrExplain } from '../../../vault/parse-input';

export function releaseHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'releases.revoke': ({ id, revocation }: { id: string; revocation: Revocation }) =>
      records.write(async (tx) => {
        const release = await tx.require('release', id, 'notFound.release');
        const change = { revocation: parseOrExplain(Revocation, revocation) };
        assertReleaseEditable(release.fields, change);
        const note = say('history.release.revoked', { how: change.revocation.receivedHow });
        await tx.save({ id, kind: 'release', changes: change, history: { action: 'revoke', note } });
      }),

    'releases.recordEnding': ({ id, occurredOn }: { id: string; occurredOn: string }) =>
      records.write(async (tx) => {
        const release = await tx.require('release', id, 'notFound.release');
        const change = { eventOccurredOn: occurredOn };
        assertReleaseEditable(release.fields, change);
        await tx.save({ id, kind: 'release', changes: change, history: { note: say('history.release.eventRecorded') } });
      }),
  };
}
