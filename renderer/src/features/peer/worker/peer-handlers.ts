/**
 * The peer's own profile: their name and credential, used where they sign or explain things. It
 * is a record like any other, so it is encrypted too.
 */
import { PeerProfileFields, type PeerProfileInput } from '@shared/records/peer-profile';
import type { Vault } from '../../../vault/vault';
import { parseOrExplain } from '../../../vault/parse-input';

export function peerHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'peer.get': async (): Promise<PeerProfileFields> => (await records.list('peer-profile'))[0]?.fields ?? PeerProfileFields.parse({}),

    'peer.save': (fields: Partial<PeerProfileInput>): Promise<PeerProfileFields> =>
      records.write(async (tx) => {
        const [current] = await records.list('peer-profile');
        // A form saves only what it shows: the rest of the profile (the training log) stays.
        const parsed = parseOrExplain(PeerProfileFields, { ...current?.fields, ...fields });
        return (await tx.save({ id: current?.id ?? null, kind: 'peer-profile', changes: parsed })).fields;
      }),
  };
}
