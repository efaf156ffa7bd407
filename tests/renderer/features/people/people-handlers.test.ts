import { describe, expect, it } from 'vitest';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { InvalidInputError } from '../../../../renderer/src/vault/errors';
import { createdVault } from '../../vault/vault-fixture';
import { documentHandlers } from '../../../../renderer/src/features/documents/worker/document-handlers';
import { localToday } from '../../../../renderer/src/vault/clock';
import { addMonths } from '@shared/records/dates';
import { firstVersionFields } from '@shared/records/signed-versions';

describe('people', () => {
  it('adds, lists alphabetically, updates and removes people', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers', pronouns: 'he/him' } });
    await people['people.save']({ id: null, fields: { preferredName: 'ana' } });
    expect((await people['people.list']()).map((p) => p.preferredName)).toEqual(['ana', 'Jordan Rivers']);

    await people['people.save']({ id: jordan.id, fields: { ...jordan, phone: '919-555-0142', okToText: true } });
    expect(await people['people.get']({ id: jordan.id })).toMatchObject({
      preferredName: 'Jordan Rivers',
      phone: '919-555-0142',
      okToText: true,
      okToCall: false,
    });

    await people['people.remove']({ id: jordan.id });
    expect((await people['people.list']()).map((p) => p.preferredName)).toEqual(['ana']);
  });

  it('explains what is missing instead of saving a nameless person', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    await expect(people['people.save']({ id: null, fields: { preferredName: '' } })).rejects.toThrow(InvalidInputError);
    await expect(people['people.save']({ id: null, fields: { preferredName: '' } })).rejects.toThrow(
      'Add the name this person likes to be called.',
    );
    expect(await people['people.list']()).toEqual([]);
  });

  it('reminds about each person from their own records, on their page and on the list', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    const documents = documentHandlers(vault);
    const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    const ana = await people['people.save']({ id: null, fields: { preferredName: 'Ana Morales' } });
    const today = localToday();
    const fields = {
      ...firstVersionFields(),
      limitsExplained: ['harm-to-self'],
      explainedOn: today,
      explainedBy: 'Dana Peer',
      acknowledgement: 'signed-on-screen',
      nextReviewDate: addMonths(today, 12),
    };
    const draft = await documents['documents.saveDraft']({ personId: jordan.id, kind: 'confidentiality-disclosure', id: null, fields });
    await documents['documents.sign']({
      kind: 'confidentiality-disclosure',
      id: draft.id,
      signature: { method: 'typed', signedAt: new Date().toISOString(), signerName: 'Jordan Rivers' },
    });

    expect((await people['people.reminders']({ id: jordan.id, preferredName: 'Jordan Rivers' })).confidentiality.state).toBe('current');
    expect((await people['people.reminders']({ id: ana.id, preferredName: 'Ana Morales' })).confidentiality.state).toBe('none');
    expect((await people['people.open']({ id: ana.id })).reminders.confidentiality.state).toBe('none');
    const list = await people['people.list']();
    expect(list.map((person) => [person.preferredName, person.reminders.confidentiality.state])).toEqual([
      ['Ana Morales', 'none'],
      ['Jordan Rivers', 'current'],
    ]);
  });
});
