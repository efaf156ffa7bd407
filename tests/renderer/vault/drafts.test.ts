/**
 * Issue 13, defect 5 (the vault's part): a half-written form is kept sealed, and survives the lock
 * that the app asks for right after keeping it.
 */
import { describe, expect, it } from 'vitest';
import { createdVault, dumpStore, PASSPHRASE } from './vault-fixture';

const NOTE_PLACE = { screen: 'people', personId: 'p1', tab: 'notes' };

describe('drafts of open forms', () => {
  it('are kept sealed, and the lock asked for right after waits for the draft', async () => {
    const { vault, db, reopen } = await createdVault();
    const keeping = vault.drafts.keep({
      key: 'note/p1/new',
      place: NOTE_PLACE,
      values: { whatWeDid: 'Walked to the library with Jordan' },
    });
    const locking = vault.lock();
    await Promise.all([keeping, locking]);
    expect(await dumpStore(db)).not.toContain('library');
    const restarted = reopen();
    await restarted.unlock(PASSPHRASE);
    expect(await restarted.drafts.latest()).toMatchObject({
      key: 'note/p1/new',
      place: NOTE_PLACE,
      values: { whatWeDid: 'Walked to the library with Jordan' },
    });
  });

  it('are replaced by a later keeping of the same form, and gone once the form is saved', async () => {
    const { vault } = await createdVault();
    await vault.drafts.keep({ key: 'person/new', place: { screen: 'people' }, values: { preferredName: 'Jor' } });
    await vault.drafts.keep({ key: 'person/new', place: { screen: 'people' }, values: { preferredName: 'Jordan' } });
    expect((await vault.drafts.get('person/new'))?.values).toEqual({ preferredName: 'Jordan' });
    await vault.drafts.discard('person/new');
    expect(await vault.drafts.get('person/new')).toBeNull();
    expect(await vault.drafts.latest()).toBeNull();
  });

  it('never name content: a key is a form and ids only', async () => {
    const { vault } = await createdVault();
    await expect(vault.drafts.keep({ key: 'note/Jordan Rivers', place: {}, values: {} })).rejects.toThrow(
      'A draft is named by its form and ids only.',
    );
  });

  it('one that does not open is dropped, not shown', async () => {
    const { vault, db } = await createdVault();
    await vault.drafts.keep({ key: 'person/new', place: { screen: 'people' }, values: { preferredName: 'Jordan' } });
    const row = (await db.drafts.get('person/new'))!;
    await db.drafts.put({ ...row, ct: row.ct.map((byte) => byte ^ 1) });
    expect(await vault.drafts.get('person/new')).toBeNull();
    await vault.records.write(() => undefined);
    expect(await db.drafts.count()).toBe(0);
  });
});
