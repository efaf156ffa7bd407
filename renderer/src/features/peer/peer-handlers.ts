/**
 * The peer's own profile: their name and credential, used where they sign or explain things. It
 * is a record like any other, so it is encrypted too.
 */
import { PeerProfileFields, type PeerProfileInput } from '@shared/records/peer-profile';
import type { Vault } from '../../vault/vault';
import { parseOrExplain } from '../documents/document-handlers';

export function peerHandlers(vault: Vault) {
  const current = async () => (await vault.listRecords('peer-profile'))[0] ?? null;
  return {
    'peer.get': async (): Promise<PeerProfileFields> => {
      const record = await current();
      return PeerProfileFields.parse(record?.body.fields ?? {});
    },
    'peer.save': async (fields: Partial<PeerProfileInput>): Promise<PeerProfileFields> => {
      const record = await current();
      // A form saves only what it shows: the rest of the profile (the training log) stays.
      const parsed = parseOrExplain(PeerProfileFields, { ...record?.body.fields, ...fields });
      await vault.saveRecord({ id: record?.id ?? null, kind: 'peer-profile', changes: parsed, audit: { summary: 'Your profile updated' } });
      return parsed;
    },
  };
}
