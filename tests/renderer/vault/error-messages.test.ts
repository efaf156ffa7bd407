import { describe, expect, it } from 'vitest';
import { firstVersionFields } from '@shared/records/signed-versions';
import { documentHandlers } from '../../../renderer/src/features/documents/worker/document-handlers';
import { say } from '@shared/messages';
import { renderMessage } from '../../../renderer/src/i18n/render-message';
import { messagesOf } from '../../../renderer/src/i18n/use-message';
import { InvalidInputError } from '../../../renderer/src/vault/errors';
import { connectVault, VaultCallError } from '../../../renderer/src/ui/vault-client';
import type { VaultRequest, VaultResponse } from '../../../renderer/src/worker/worker-protocol';
import { createdVault } from './vault-fixture';

describe('a refusal made of several messages', () => {
  it('keeps each message, and the same English joined', async () => {
    const { vault } = await createdVault();
    const documents = documentHandlers(vault);
    const draft = await documents['documents.saveDraft']({
      personId: 'p1',
      kind: 'agreement',
      id: null,
      fields: { ...firstVersionFields(), startDate: '2026-03-01', reviewDate: '2026-09-01' },
    });
    const refused = await documents['documents.sign']({
      kind: 'agreement',
      id: draft.id,
      signature: { method: 'typed', signedAt: '2026-03-02T10:00:00-05:00', signerName: 'Dana' },
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidInputError);
    const { message, messages } = refused as InvalidInputError;
    expect(messages[0]).toEqual(say('common.notReadyToSign'));
    expect(message).toBe(`Not ready to sign yet. ${renderMessage(messages.slice(1), 'en')}`);
    expect(messages.map((each) => renderMessage(each, 'es')).slice(0, 2)).toEqual([
      'Todavía no está listo para firmar.',
      "Escribe cómo y dónde se van a ver, por ejemplo 'en la biblioteca o por teléfono'.",
    ]);
  });

  it('crosses from the vault worker with its parts', async () => {
    const refusal: Extract<VaultResponse, { ok: false }>['error'] = {
      name: 'InvalidInputError',
      message: 'Add who you contacted. Add why you contacted them.',
      messages: [say('crisis.whoMissing'), say('crisis.whyMissing')],
    };
    // Stands in for the vault worker: refuses every call.
    const worker = {
      onmessage: null as ((event: MessageEvent<VaultResponse>) => void) | null,
      postMessage({ id }: VaultRequest) {
        queueMicrotask(() => worker.onmessage?.({ data: { id, ok: false, error: refusal } } as MessageEvent<VaultResponse>));
      },
    };
    const call = connectVault(worker as unknown as Worker);
    const caught = await call('vault.status').catch((error: unknown) => error);
    expect(caught).toBeInstanceOf(VaultCallError);
    expect((caught as Error).message).toBe('Add who you contacted. Add why you contacted them.');
    expect(messagesOf(caught).map((each) => renderMessage(each, 'es'))).toEqual([
      'Agrega a quién contactaste.',
      'Agrega por qué los contactaste.',
    ]);
    // A system's own words (ENOENT, a stack) are never shown: a general message stands in.
    expect(messagesOf(new Error('ENOENT: no such file'))).toEqual([say('common.unexpected')]);
  });
});
