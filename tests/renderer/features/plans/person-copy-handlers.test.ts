import { describe, expect, it } from 'vitest';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { personCopyHandlers } from '../../../../renderer/src/features/plans/worker/person-copy-handlers';
import { RecordNotFoundError } from '../../../../renderer/src/vault/errors';
import { createdVault } from '../../vault/vault-fixture';

describe("saving the person's own copy", () => {
  it('goes into their history as an export, saying which plan, how and in which language', async () => {
    const { vault } = await createdVault();
    const jordan = await peopleHandlers(vault)['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    await personCopyHandlers(vault)['personCopy.saved']({ personId: jordan.id, kind: 'wellness-plan', format: 'pdf', language: 'es' });
    const { events, integrity } = await vault.audit.trail({ personId: jordan.id });
    expect(integrity.ok).toBe(true);
    expect(events.at(-1)).toMatchObject({
      action: 'export',
      recordId: jordan.id,
      recordKind: 'person',
      personId: jordan.id,
      summary: 'Their own copy of their wellness and crisis plan (PDF, Español)',
    });
  });

  it('is refused for someone not in the notebook', async () => {
    const { vault } = await createdVault();
    await expect(
      personCopyHandlers(vault)['personCopy.saved']({ personId: 'nobody', kind: 'recovery-plan', format: 'html', language: 'en' }),
    ).rejects.toThrow(RecordNotFoundError);
  });
});
