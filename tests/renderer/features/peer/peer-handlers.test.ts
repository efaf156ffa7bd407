import { describe, expect, it } from 'vitest';
import { peerHandlers } from '../../../../renderer/src/features/peer/worker/peer-handlers';
import { createdVault } from '../../vault/vault-fixture';

describe("the peer's own profile", () => {
  it('keeps the training log when the name and credential are saved from another form', async () => {
    const { vault } = await createdVault();
    const peer = peerHandlers(vault);
    const training = { id: 't1', on: '2026-02-20', title: 'Ethics refresher', hours: 3 };
    await peer['peer.save']({ name: 'Dana Peer', credential: 'CPSS', certifiedOn: '2025-06-15', ceLog: [training] });
    await peer['peer.save']({ name: 'Dana Peer', credential: 'NC CPSS' });
    expect(await peer['peer.get']()).toMatchObject({
      name: 'Dana Peer',
      credential: 'NC CPSS',
      certifiedOn: '2025-06-15',
      ceLog: [training],
    });
  });

  it('refuses a training with no hours, saying what to add', async () => {
    const { vault } = await createdVault();
    await expect(peerHandlers(vault)['peer.save']({ ceLog: [{ id: 't1', on: '2026-02-20', title: 'Ethics', hours: 0 }] })).rejects.toThrow(
      'Hours need to be more than zero.',
    );
  });
});
