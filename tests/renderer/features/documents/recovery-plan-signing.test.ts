import { describe, expect, it } from 'vitest';
import { firstVersionFields, type Signature } from '@shared/records/signed-versions';
import type { RecoveryPlanFields } from '@shared/records/recovery-plan';
import { documentHandlers } from '../../../../renderer/src/features/documents/worker/document-handlers';
import { createdVault } from '../../vault/vault-fixture';

const signature = (signerName: string): Signature => ({ method: 'typed', signedAt: '2026-03-02T10:00:00-05:00', signerName });
const plan = {
  ...firstVersionFields(),
  strengths: 'Keeps promises',
  goals: [{ id: 'g1', inTheirWords: 'Have my own place', domain: 'Housing', steps: [{ id: 's1', what: 'Call the housing office' }] }],
  reviewDate: '2026-06-02',
};

async function signedPlan() {
  const { vault } = await createdVault();
  const documents = documentHandlers(vault);
  const draft = await documents['documents.saveDraft']({ personId: 'p1', kind: 'recovery-plan', id: null, fields: plan });
  return { documents, draft };
}

describe("a recovery plan's signatures", () => {
  it('come in order: the person first, then the peer and a supervisor, each once', async () => {
    const { documents, draft } = await signedPlan();
    await expect(documents['documents.countersign']({ id: draft.id, role: 'peer', signature: signature('Dana Peer') })).rejects.toThrow(
      'The person signs their plan first',
    );
    await documents['documents.sign']({ kind: 'recovery-plan', id: draft.id, signature: signature('Jordan Rivers') });
    await documents['documents.countersign']({ id: draft.id, role: 'peer', signature: signature('Dana Peer') });
    await expect(documents['documents.countersign']({ id: draft.id, role: 'peer', signature: signature('Someone Else') })).rejects.toThrow(
      'You have already signed this plan.',
    );
    await documents['documents.countersign']({ id: draft.id, role: 'supervisor', signature: signature('Dr. Ames') });
    const [stored] = (await documents['documents.list']({ personId: 'p1', kind: 'recovery-plan' })) as unknown as {
      fields: RecoveryPlanFields;
    }[];
    expect([
      stored!.fields.signature?.signerName,
      stored!.fields.peerSignature?.signerName,
      stored!.fields.supervisorSignature?.signerName,
    ]).toEqual(['Jordan Rivers', 'Dana Peer', 'Dr. Ames']);
  });

  it('are not carried into the next version, and the signed version cannot be edited', async () => {
    const { documents, draft } = await signedPlan();
    await documents['documents.sign']({ kind: 'recovery-plan', id: draft.id, signature: signature('Jordan Rivers') });
    await documents['documents.countersign']({ id: draft.id, role: 'peer', signature: signature('Dana Peer') });
    await expect(
      documents['documents.saveDraft']({ personId: 'p1', kind: 'recovery-plan', id: draft.id, fields: { strengths: 'changed' } }),
    ).rejects.toThrow();
    const next = (await documents['documents.newVersion']({ kind: 'recovery-plan', id: draft.id })) as unknown as {
      fields: RecoveryPlanFields;
    };
    expect(next.fields).toMatchObject({
      version: 2,
      signature: null,
      peerSignature: null,
      supervisorSignature: null,
      strengths: 'Keeps promises',
    });
  });
});
