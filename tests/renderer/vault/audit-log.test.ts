/**
 * Issue 13, defect 3: deleting the newest audit rows and rolling the clear-text head back to the
 * last kept row used to show "This history is complete". The head is now sealed, every revision
 * carries the sequence of the event that wrote it, and a later append leaves the break visible.
 */
import { describe, expect, it } from 'vitest';
import type { VaultDatabase } from '../../../renderer/src/vault/database';
import type { Vault } from '../../../renderer/src/vault/vault';
import { createVaultHandlers } from '../../../renderer/src/worker/vault-handlers';
import { createdVault, PASSPHRASE } from './vault-fixture';

/** Jordan added, then their phone and pronouns changed, and their page opened: five entries. */
async function historyOfFive() {
  const fixture = await createdVault();
  const handlers = createVaultHandlers(fixture.vault);
  const jordan = await handlers['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
  await handlers['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142' } });
  await handlers['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142', pronouns: 'he/him' } });
  await handlers['people.open']({ id: jordan.id });
  await handlers['people.open']({ id: jordan.id });
  await fixture.vault.lock();
  return { ...fixture, jordan };
}

/** Keeps the first `keep` entries, and rolls the head back to the last of them as a clear head of the old kind. */
async function cutTheHistory(db: VaultDatabase, keep: number): Promise<void> {
  const rows = await db.audit.orderBy('seq').toArray();
  await db.audit.bulkDelete(rows.slice(keep).map((row) => row.seq));
  const last = rows[keep - 1]!;
  await db.meta.put({ key: 'auditHead', value: { seq: last.seq, link: last.link } });
}

async function opened(reopen: () => Vault): Promise<Vault> {
  const vault = reopen();
  await vault.unlock(PASSPHRASE);
  return vault;
}

describe('the history, cut short', () => {
  it('is whole when nothing was touched', async () => {
    const { reopen } = await historyOfFive();
    const vault = await opened(reopen);
    expect((await vault.audit.trail()).integrity).toEqual({ ok: true, count: 5 });
  });

  it('shows the cut when the newest entries were deleted and the head rolled back to the last kept one', async () => {
    const { db, reopen } = await historyOfFive();
    await cutTheHistory(db, 2);
    const vault = await opened(reopen);
    expect((await vault.audit.trail()).integrity).toMatchObject({ ok: false, problem: 'changed' });
  });

  it('shows the cut when an older sealed head is put back with the rows after it deleted', async () => {
    const { vault: first, db, reopen } = await createdVault();
    const handlers = createVaultHandlers(first);
    const jordan = await handlers['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    const olderHead = (await db.meta.get('auditHead'))!.value;
    await handlers['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142' } });
    await first.lock();
    await db.audit.where('seq').above(1).delete();
    await db.meta.put({ key: 'auditHead', value: olderHead });
    const vault = await opened(reopen);
    // The record was written after the head the store now shows: entries after it are missing.
    expect((await vault.audit.trail()).integrity).toEqual({ ok: false, brokenAt: 2, problem: 'truncated' });
  });

  it('stays shown after the peer carries on: the next entry leaves a gap instead of mending it', async () => {
    const { vault: first, db, reopen } = await createdVault();
    const handlers = createVaultHandlers(first);
    const jordan = await handlers['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    const olderHead = (await db.meta.get('auditHead'))!.value;
    await handlers['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0142' } });
    await handlers['people.save']({ id: jordan.id, fields: { preferredName: 'Jordan Rivers', phone: '919-555-0199' } });
    await first.lock();
    await db.audit.where('seq').above(1).delete();
    await db.meta.put({ key: 'auditHead', value: olderHead });
    const vault = await opened(reopen);
    const later = createVaultHandlers(vault);
    for (let n = 0; n < 4; n++) await later['people.open']({ id: jordan.id });
    const { integrity, events } = await vault.audit.trail();
    expect(integrity).toMatchObject({ ok: false, problem: 'missing', brokenAt: 2 });
    // Nothing written since is lost: the four openings are there after the gap.
    expect(events.filter((event) => event.action === 'view')).toHaveLength(4);
  });

  it('shows a head that was edited or removed', async () => {
    const { db, reopen } = await historyOfFive();
    const head = (await db.meta.get('auditHead'))!.value as { seq: number; ct: Uint8Array };
    await db.meta.put({ key: 'auditHead', value: { seq: head.seq, ct: head.ct.map((byte) => byte ^ 1) } });
    expect((await (await opened(reopen)).audit.trail()).integrity).toMatchObject({ ok: false, problem: 'changed' });
    await db.meta.delete('auditHead');
    expect((await (await opened(reopen)).audit.trail()).integrity).toMatchObject({ ok: false, problem: 'changed' });
  });

  it('keeps the head sealed at rest: neither its link nor its place can be read or moved', async () => {
    const { db } = await historyOfFive();
    const head = (await db.meta.get('auditHead'))!.value as Record<string, unknown>;
    expect(Object.keys(head).sort()).toEqual(['ct', 'seq']);
    expect(head.seq).toBe(5);
    const last = (await db.audit.get(5))!;
    expect(Buffer.from(head.ct as Uint8Array).includes(Buffer.from(last.link))).toBe(false);
  });
});
