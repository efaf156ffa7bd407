import { describe, expect, it } from 'vitest';
import { peopleHandlers } from '../../../../renderer/src/features/people/people-handlers';
import { InvalidInputError } from '../../../../renderer/src/vault/errors';
import { createdVault } from '../../vault/vault-fixture';

describe('people', () => {
  it('adds, lists alphabetically, updates and removes people', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers', pronouns: 'he/him' } });
    await people['people.save']({ id: null, fields: { preferredName: 'ana' } });
    expect((await people['people.list']()).map((p) => p.preferredName)).toEqual(['ana', 'Jordan Rivers']);

    await people['people.save']({ id: jordan.id, fields: { ...jordan, phone: '919-555-0142', okToText: true } });
    expect(await people['people.get']({ id: jordan.id })).toMatchObject({ preferredName: 'Jordan Rivers', phone: '919-555-0142', okToText: true, okToCall: false });

    await people['people.remove']({ id: jordan.id });
    expect((await people['people.list']()).map((p) => p.preferredName)).toEqual(['ana']);
  });

  it('explains what is missing instead of saving a nameless person', async () => {
    const { vault } = await createdVault();
    const people = peopleHandlers(vault);
    await expect(people['people.save']({ id: null, fields: { preferredName: '' } })).rejects.toThrow(InvalidInputError);
    await expect(people['people.save']({ id: null, fields: { preferredName: '' } })).rejects.toThrow('Add the name this person likes to be called.');
    expect(await people['people.list']()).toEqual([]);
  });
});
