/**
 * Issue 13, defect 5 (the window's part): an open form's draft is kept once typing pauses and just
 * before the lock, reopened after unlocking at the form's place, and dropped once the form is saved
 * or closed. Runs against a real vault through its handlers, called in order as the worker answers.
 */
import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { FormDrafts } from '../../../renderer/src/ui/form-drafts';
import { placeOf, type Place } from '@shared/places';
import type { VaultCall } from '../../../renderer/src/ui/vault-client';
import { callsOf, createdVault, dumpStore, PASSPHRASE } from '../vault/vault-fixture';

const QUIET_MS = 30;
const NOTES: Place = { screen: 'people', personId: 'p1', tab: 'notes' };

async function formDrafts() {
  const fixture = await createdVault();
  const calls = callsOf(fixture.vault);
  const sent: string[] = [];
  const vault = ((name: string, arg?: unknown) => {
    sent.push(name);
    return (calls as (name: string, arg?: unknown) => Promise<unknown>)(name, arg);
  }) as VaultCall;
  return { ...fixture, vault, sent, drafts: new FormDrafts(vault, QUIET_MS) };
}

/** Lets every call already sent finish (they run in order, so one more round trip is enough). */
const settled = (vault: VaultCall) => vault('vault.status');

describe('drafts of open forms, as the window keeps them', () => {
  it('are kept once typing pauses, not at every keystroke, and sealed', async () => {
    const { drafts, sent, vault, db } = await formDrafts();
    const form = drafts.open('note/p1', NOTES);
    form.update({ whatWeDid: 'Practised' });
    form.update({ whatWeDid: 'Practised the bus' });
    form.update({ whatWeDid: 'Practised the bus route' });
    expect(sent).not.toContain('drafts.keep');
    await sleep(QUIET_MS * 4);
    await settled(vault);
    expect(sent.filter((name) => name === 'drafts.keep')).toHaveLength(1);
    expect((await vault('drafts.get', { key: 'note/p1' }))?.values).toEqual({ whatWeDid: 'Practised the bus route' });
    expect(await dumpStore(db)).not.toContain('bus route');
  });

  it('are kept just before the lock, ahead of it, and reopen at their place after unlocking', async () => {
    const { drafts, sent, vault } = await formDrafts();
    const form = drafts.open('note/p1', NOTES);
    form.update({ whatWeDid: 'Walked to the library' });
    drafts.keepAllBeforeLock();
    await vault('vault.lock');
    // Closed by the lock: the draft stays.
    form.close();
    expect(sent).toEqual(['drafts.keep', 'vault.lock']);

    await vault('vault.unlock', { passphrase: PASSPHRASE });
    expect(await drafts.afterUnlock()).toEqual(NOTES);
    expect(drafts.kept('person/new')).toBeNull();
    expect(drafts.kept('note/p1')).toMatchObject({ values: { whatWeDid: 'Walked to the library' } });
    // The form that reopens takes the draft over: going away now (not locking) drops it.
    const reopened = drafts.open('note/p1', NOTES);
    expect(drafts.kept('note/p1')).toBeNull();
    reopened.close();
    await settled(vault);
    expect(await vault('drafts.latest')).toBeNull();
  });

  it('go when their form is saved or given up, and a form with nothing unsaved keeps nothing at the lock', async () => {
    const { drafts, vault } = await formDrafts();
    const saved = drafts.open('person/new', { screen: 'people' });
    saved.update({ preferredName: 'Jordan' });
    const cancelled = drafts.open('crisis/p1/new', { screen: 'people', personId: 'p1', tab: 'crisis' });
    cancelled.update({ whatHappened: 'A hard evening' });
    await sleep(QUIET_MS * 4);
    await settled(vault);
    expect(await vault('drafts.get', { key: 'person/new' })).not.toBeNull();

    saved.update(null);
    cancelled.close();
    drafts.keepAllBeforeLock();
    await vault('vault.lock');
    await vault('vault.unlock', { passphrase: PASSPHRASE });
    expect(await drafts.afterUnlock()).toBeNull();
    expect(await vault('drafts.latest')).toBeNull();
  });

  it('open only places the notebook has', () => {
    expect(placeOf({ screen: 'people', personId: 'p1', tab: 'notes' })).toEqual(NOTES);
    expect(placeOf({ screen: 'people', personId: 'p1', tab: 'nowhere' })).toEqual({ screen: 'people', personId: 'p1' });
    expect(placeOf({ screen: 'settings', personId: 'p1' })).toEqual({ screen: 'settings' });
    expect(placeOf({ screen: 'elsewhere' })).toBeNull();
  });
});
