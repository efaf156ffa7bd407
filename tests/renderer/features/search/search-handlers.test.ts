import { describe, expect, it } from 'vitest';
import { searchHandlers, type SearchResults } from '../../../../renderer/src/features/search/worker/search-handlers';
import { peopleHandlers } from '../../../../renderer/src/features/people/worker/people-handlers';
import { VaultLockedError } from '../../../../renderer/src/vault/errors';
import type { Vault } from '../../../../renderer/src/vault/vault';
import { createdVault, dumpStore, PASSPHRASE } from '../../vault/vault-fixture';

type Search = ReturnType<typeof searchHandlers>;

const note = (whatWeDid: string) => ({
  date: '2026-04-14',
  setting: 'community',
  contactType: 'in-person',
  whatWeDid,
  theirResponse: '',
  nextSteps: '',
});

async function addNote(vault: Vault, personId: string, whatWeDid: string) {
  return vault.records.save({ id: null, kind: 'service-note', parentId: personId, changes: note(whatWeDid) });
}

/** Asks until the index is built, as the screen does while it says "Getting search ready". */
async function whenReady(search: Search): Promise<void> {
  for (;;) {
    const results = await search['search.query']({ query: '' });
    if (results?.readiness.state === 'ready') return;
    if (results?.readiness.state === 'failed') throw new Error('the index could not be built');
  }
}

async function find(search: Search, query: string): Promise<SearchResults> {
  const results = await search['search.query']({ query });
  if (!results) throw new Error('a lone query is never superseded');
  return results;
}

/** What a result list shows: each person's name, then each kind and the snippets under it. */
const shown = (results: SearchResults) =>
  results.groups.map((group) => [group.personName, group.kinds.map((kind) => [kind.kind, kind.hits.map((hit) => hit.snippet)])]);

/** Holds the index's pass over the notebook before each page it reads, until the test lets it go on (or lets it run). */
function pacedPages(vault: Vault) {
  const read = vault.records.livePlaintextPages.bind(vault.records);
  let paced = true;
  let release = () => {};
  let arrive = () => {};
  let arrival = new Promise<void>((resolve) => (arrive = resolve));
  vault.records.livePlaintextPages = async function* (...args: Parameters<typeof read>) {
    for await (const page of read(...args)) {
      if (paced)
        await new Promise<void>((resolve) => {
          release = resolve;
          arrive();
        });
      arrival = new Promise<void>((resolve) => (arrive = resolve));
      yield page;
    }
  };
  return {
    arrived: () => arrival,
    release: () => release(),
    run: () => {
      paced = false;
      release();
    },
  };
}

/** Jordan with a note and Sam with one, in a notebook then locked: as the peer left it yesterday. */
async function notebookOfYesterday() {
  const fixture = await createdVault();
  const people = peopleHandlers(fixture.vault);
  const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers', strengths: 'Keeps promises' } });
  const sam = await people['people.save']({ id: null, fields: { preferredName: 'Sam Lee' } });
  await addNote(fixture.vault, jordan.id, 'Jordan said the garden at the church makes the mornings feel lighter.');
  await addNote(fixture.vault, sam.id, 'Practiced the bus route to the job fair.');
  await fixture.vault.lock();
  const vault = fixture.reopen();
  const search = searchHandlers(vault);
  return { ...fixture, vault, search, jordan, sam };
}

describe('search across everything', () => {
  it('is built after unlock, and finds a phrase from a note under the person it is about', async () => {
    const { vault, search } = await notebookOfYesterday();
    await expect(search['search.query']({ query: 'garden' })).rejects.toThrow(VaultLockedError);
    await vault.unlock(PASSPHRASE);
    await whenReady(search);
    expect(shown(await find(search, 'garden at the church'))).toEqual([
      ['Jordan Rivers', [['service-note', ['Jordan said the garden at the church makes the mornings feel lighter.']]]],
    ]);
    expect(shown(await find(search, 'jordan')).map(([name]) => name)).toEqual(['Jordan Rivers']);
  });

  it('names as damaged a note whose person was changed on disk, as soon as it is built, and finds the rest', async () => {
    const { vault, db, search, jordan, sam } = await notebookOfYesterday();
    // The envelope still opens (it binds the id and revision), but the body names Jordan.
    const [jordansNote] = await db.records
      .where('parentId')
      .equals(jordan.id)
      .and((row) => row.kind === 'service-note')
      .toArray();
    await db.records.update(jordansNote!.id, { parentId: sam.id });
    await vault.unlock(PASSPHRASE);
    await whenReady(search);
    expect(vault.records.damaged().map((record) => [record.id, record.reason])).toEqual([[jordansNote!.id, 'does-not-open']]);
    expect(shown(await find(search, 'garden'))).toEqual([]);
    expect(shown(await find(search, 'bus route'))).toEqual([['Sam Lee', [['service-note', ['Practiced the bus route to the job fair.']]]]]);
  });

  it('says how far along it is while building, and answers other calls in between', async () => {
    const { vault, db, reopen } = await createdVault();
    const people = peopleHandlers(vault);
    const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    await vault.records.write(async (tx) => {
      for (let n = 0; n < 600; n++)
        await tx.save({
          id: null,
          kind: 'service-note',
          parentId: jordan.id,
          changes: note(`Meeting ${n}: walked to the library together.`),
        });
    });
    await vault.lock();
    const again = reopen();
    const search = searchHandlers(again);
    await again.unlock(PASSPHRASE);
    const seen: string[] = [];
    const building = (async () => {
      for (;;) {
        const { readiness } = await find(search, 'library');
        seen.push(readiness.state === 'building' ? `building ${readiness.percent}%` : readiness.state);
        if (readiness.state !== 'building') return;
      }
    })();
    expect((await peopleHandlers(again)['people.list']()).map((person) => person.preferredName)).toEqual(['Jordan Rivers']);
    seen.push('people listed');
    await building;
    const states = seen.filter((state) => state !== 'people listed');
    expect(states[0]).toMatch(/^building \d+%$/);
    expect(states.at(-1)).toBe('ready');
    // The people list was answered while the index was still being built.
    expect(seen.indexOf('people listed')).toBeLessThan(seen.indexOf('ready'));
    const percents = states.filter((state) => state.startsWith('building')).map((state) => Number(state.replace(/\D/g, '')));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(await db.records.count()).toBe(601);
  });

  it('answers a query typed while it builds at once from what is read so far: names first, then notes as their pages are read', async () => {
    const { vault, reopen } = await createdVault();
    const people = peopleHandlers(vault);
    const jordan = await people['people.save']({ id: null, fields: { preferredName: 'Jordan Rivers' } });
    const notes: { id: string }[] = [];
    await vault.records.write(async (tx) => {
      for (let n = 0; n < 299; n++)
        notes.push(
          await tx.save({
            id: null,
            kind: 'service-note',
            parentId: jordan.id,
            changes: note(`Meeting ${n}: walked to the library together.`),
          }),
        );
    });
    // The note read last (records are read in id order) says something no other note does.
    const last = notes
      .map((note) => note.id)
      .sort()
      .at(-1)!;
    await vault.records.save({ id: last, kind: 'service-note', changes: { whatWeDid: 'Talked about the lighthouse keeper job.' } });
    await vault.lock();
    const again = reopen();
    const search = searchHandlers(again);
    const pages = pacedPages(again);
    await again.unlock(PASSPHRASE);

    // Held before the first page of notes: the people are in already.
    await pages.arrived();
    const atStart = await find(search, 'Jordan Rivers');
    expect(atStart.readiness).toEqual({ state: 'building', percent: 0 });
    expect(shown(atStart)).toEqual([['Jordan Rivers', [['person', ['']]]]]);
    expect((await find(search, 'library')).groups).toEqual([]);

    // One page read: the notes in it are found, said to be results so far; the last one is not read yet.
    pages.release();
    await pages.arrived();
    const partial = await find(search, 'library');
    expect(partial.readiness.state).toBe('building');
    expect(partial.readiness.state === 'building' && partial.readiness.percent).toBeGreaterThan(0);
    expect(shown(partial).map(([name]) => name)).toEqual(['Jordan Rivers']);
    expect((await find(search, 'lighthouse')).groups).toEqual([]);

    pages.run();
    await whenReady(search);
    expect(shown(await find(search, 'lighthouse'))).toEqual([
      ['Jordan Rivers', [['service-note', ['Talked about the lighthouse keeper job.']]]],
    ]);
  });

  it('keeps up with every save: a new note, a changed one, and a deleted one', async () => {
    const { vault, search, jordan } = await notebookOfYesterday();
    await vault.unlock(PASSPHRASE);
    await whenReady(search);
    const added = await addNote(vault, jordan.id, 'Talked through the lease on the apartment on Oak Street.');
    expect(shown(await find(search, 'Oak Street'))).toEqual([
      ['Jordan Rivers', [['service-note', ['Talked through the lease on the apartment on Oak Street.']]]],
    ]);

    await vault.records.save({
      id: added.id,
      kind: 'service-note',
      changes: { whatWeDid: 'Talked through the lease on the apartment on Elm Road.' },
    });
    expect((await find(search, 'Oak Street')).groups).toEqual([]);
    expect((await find(search, 'Elm Road')).groups).toHaveLength(1);

    await vault.records.remove('service-note', added.id);
    expect((await find(search, 'Elm Road')).groups).toEqual([]);

    // A person removed from the notebook takes their results with them.
    await peopleHandlers(vault)['people.remove']({ id: jordan.id });
    expect((await find(search, 'garden')).groups).toEqual([]);
  });

  it('is gone after lock: a query is refused as locked, and after unlocking again it finds the same things', async () => {
    const { vault, db, search } = await notebookOfYesterday();
    await vault.unlock(PASSPHRASE);
    await whenReady(search);
    const before = shown(await find(search, 'bus route'));
    expect(before).toEqual([['Sam Lee', [['service-note', ['Practiced the bus route to the job fair.']]]]]);

    await vault.lock();
    await expect(search['search.query']({ query: 'bus route' })).rejects.toThrow(VaultLockedError);
    // Nothing of the index was ever written beside the records.
    expect(db.tables.map((table) => table.name).sort()).toEqual(['audit', 'drafts', 'meta', 'records']);
    expect(await dumpStore(db)).not.toContain('bus route');

    await vault.unlock(PASSPHRASE);
    expect((await find(search, 'bus route')).readiness.state).not.toBe('failed');
    await whenReady(search);
    expect(shown(await find(search, 'bus route'))).toEqual(before);
  });

  it('looks up only the last of several queries typed in a row', async () => {
    const { vault, search } = await notebookOfYesterday();
    await vault.unlock(PASSPHRASE);
    await whenReady(search);
    const [first, second, last] = await Promise.all(['g', 'gar', 'garden'].map((query) => search['search.query']({ query })));
    expect(first).toBeNull();
    expect(second).toBeNull();
    expect(last?.groups.map((group) => group.personName)).toEqual(['Jordan Rivers']);
  });

  it('finds resources, which belong to no one, in a group of their own', async () => {
    const { vault, search } = await notebookOfYesterday();
    await vault.unlock(PASSPHRASE);
    await vault.records.save({
      id: null,
      kind: 'resource',
      changes: { name: 'Inter-Faith Food Shuttle', kind: 'food', address: 'Blair Dr, Raleigh' },
    });
    await whenReady(search);
    const results = await find(search, 'food shuttle');
    expect(results.groups).toEqual([
      {
        personId: null,
        personName: '',
        kinds: [{ kind: 'resource', hits: [expect.objectContaining({ title: 'Inter-Faith Food Shuttle' })] }],
      },
    ]);
  });
});
