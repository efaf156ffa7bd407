/**
 * What the sync server's segments table costs on disk beside the sealed bytes it holds, per
 * relation (heap, TOAST and its index, each index), for segments of 4 KB, of what one sync carries
 * while the peer works online (aSyncsSegmentBytes), of a day of a peer's work synced as one push
 * after a day offline (aDaysSegmentBytes), and of the segments the app writes when it sends a
 * whole notebook of 50,000 records at once. Segments are random bytes (ciphertext does not
 * compress) pushed through the server's own store, round-robin over several notebooks and writers
 * as a busy server receives them, so index pages split as they do in use.
 */
import { mkdtemp } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { firstVersionFields } from '@shared/records/signed-versions';
import { SEGMENT_TARGET_BYTES } from '@shared/sync/sync-segment';
import { startEmbeddedDatabase } from '../../server/embedded-database';
import { migrate } from '../../server/migrations';
import { VaultStore } from '../../server/vault-store';
import { callsOf, createdVault } from '../renderer/vault/vault-fixture';
import { notebookOfPeople } from './sync';

const NOTEBOOKS = 20;
const WRITERS_PER_NOTEBOOK = 2;
/** Enough sealed bytes that a relation's fixed pages (metapage, free-space map) do not count. */
const SEALED_PER_SIZE = 24 * 1024 * 1024;

/** A service note of an hour's meeting, as a peer writes one. */
const aNote = {
  date: '2026-04-14',
  startTime: '10:00',
  endTime: '11:15',
  setting: 'community',
  contactType: 'in-person',
  whatWeDid:
    'Walked to the housing office together and filled in the application for the apartment on Elm Street; practised what to say to the landlord.',
  theirResponse: 'Said they felt ready to call the landlord on their own next time.',
  nextSteps: 'Call the landlord on Wednesday; meet at the library on Friday.',
};

/**
 * What one sync carries while the peer works online (the app syncs every three minutes): someone's
 * profile edited and a note about them written (the two records' ciphertexts and a deflated index).
 */
export async function aSyncsSegmentBytes(): Promise<number> {
  const { vault } = await createdVault();
  const person = await vault.records.save({
    id: null,
    kind: 'person',
    changes: { preferredName: 'Jordan Rivers', phone: '919-555-0142', importantToMe: 'Fishing at the lake with my daughter on Saturdays.' },
  });
  await vault.records.save({ id: null, kind: 'service-note', parentId: person.id, changes: aNote });
  const outgoing = await callsOf(vault)('sync.outgoing', { seq: 1 });
  return outgoing!.bytes.length;
}

/**
 * A day of a peer's work as the app seals it for one push: four service notes, each about a
 * different person, and one person's recovery plan with a goal and its steps. (The people were
 * synced before: the first segment holds them and is acknowledged.)
 */
export async function aDaysSegmentBytes(): Promise<number> {
  const { vault } = await createdVault();
  const calls = callsOf(vault);
  const names = ['Jordan Rivers', 'Sam Okafor', 'Ana Lucía Torres', 'Dee Whitfield'];
  const people = [];
  for (const preferredName of names) {
    people.push(
      await vault.records.save({
        id: null,
        kind: 'person',
        changes: { preferredName, phone: '919-555-0142', importantToMe: 'Fishing at the lake with my daughter on Saturdays.' },
      }),
    );
  }
  const before = await calls('sync.outgoing', { seq: 1 });
  await calls('sync.acknowledge', { remote: 'bench', seq: 1, revisions: before!.revisions });
  for (const person of people) {
    await vault.records.save({
      id: null,
      kind: 'service-note',
      parentId: person.id,
      changes: aNote,
    });
  }
  await vault.records.save({
    id: null,
    kind: 'recovery-plan',
    parentId: people[0]!.id,
    changes: {
      ...firstVersionFields(),
      lifeDomains: ['Housing', 'Work and learning'],
      strengths: 'Keeps at it; good with people; knows the bus routes by heart.',
      goals: [
        {
          id: 'g1',
          inTheirWords: 'A place of my own where my daughter can stay the weekend.',
          domain: 'Housing',
          steps: [
            { id: 's1', what: 'Fill in the housing application', whoHelps: 'Peer', byWhen: '2026-04-20', status: 'started' },
            {
              id: 's2',
              what: 'Call the landlord about the Elm Street apartment',
              whoHelps: '',
              byWhen: '2026-04-22',
              status: 'not-started',
            },
          ],
        },
      ],
      supports: 'My sister; the Tuesday group.',
      reviewDate: '2026-07-14',
    },
  });
  const day = await calls('sync.outgoing', { seq: 2 });
  return day!.bytes.length;
}

/** The sizes of the segments the app writes for a first sync of `records` people: each about SEGMENT_TARGET_BYTES. */
async function firstSyncSegmentSizes(records: number): Promise<number[]> {
  const { laptop } = await notebookOfPeople(records);
  const calls = callsOf(laptop.vault);
  const sizes: number[] = [];
  for (let seq = 1; ; seq++) {
    const segment = await calls('sync.outgoing', { seq });
    if (!segment) return sizes;
    sizes.push(segment.bytes.length);
    await calls('sync.acknowledge', { remote: 'bench', seq, revisions: segment.revisions });
  }
}

const perSegment = (bytes: number, segments: number) => Math.round(bytes / segments);

/**
 * How full the pages are (pgstattuple, which ships with PostgreSQL): of the heap's and the TOAST
 * table's bytes, the share in live rows; of each index, its leaves' average density.
 */
async function pageFill(pool: pg.Pool) {
  await pool.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
  const { rows } = await pool.query<{ relation: string; percent: number }>(
    `SELECT 'heap' AS relation, (pgstattuple('segments')).tuple_percent AS percent
     UNION ALL
     SELECT 'toast', (pgstattuple(c.reltoastrelid)).tuple_percent FROM pg_class c WHERE c.relname = 'segments'
     UNION ALL
     SELECT 'index ' || i.relname, (pgstatindex(i.oid::regclass)).avg_leaf_density
       FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'segments'::regclass`,
  );
  return Object.fromEntries(rows.map((row) => [row.relation, Math.round(Number(row.percent))]));
}

/** Pushes `sizes` (cycled until SEALED_PER_SIZE, at least once each) into a fresh database; its bytes per relation. */
async function storedFor(sizes: number[]) {
  const database = await startEmbeddedDatabase(await mkdtemp(join(tmpdir(), 'pn-bench-storage-')), { persistent: false });
  // No flush at each commit: it changes how fast the rows go in, not how they lie on disk.
  const pool = new pg.Pool({ connectionString: database.url, max: 4, options: '-c synchronous_commit=off' });
  pool.on('error', () => {});
  try {
    await migrate(pool);
    const store = new VaultStore(pool);
    const account = randomBytes(16).toString('hex');
    await pool.query('INSERT INTO accounts (account_id) VALUES ($1)', [account]);
    const writers = Array.from({ length: NOTEBOOKS }, () => ({
      vaultId: randomBytes(16).toString('hex'),
      writers: Array.from({ length: WRITERS_PER_NOTEBOOK }, () => ({ id: randomBytes(8).toString('hex'), seq: 0 })),
    })).flatMap(({ vaultId, writers }) => writers.map((writer) => ({ vaultId, writer })));
    let sealed = 0;
    let segments = 0;
    while (segments < sizes.length || sealed < SEALED_PER_SIZE) {
      const bytes = sizes[segments % sizes.length]!;
      const { vaultId, writer } = writers[segments % writers.length]!;
      writer.seq += 1;
      const stored = await store.push(vaultId, account, { writer: writer.id, seq: writer.seq, bytes: randomBytes(bytes) });
      if (typeof stored === 'string') throw new Error(`push refused: ${stored}`);
      sealed += bytes;
      segments += 1;
    }
    // As autovacuum leaves a table after it has run (free-space and visibility maps included).
    await pool.query('VACUUM ANALYZE segments');
    const { rows } = await pool.query<{ relation: string; bytes: string }>(
      `SELECT 'heap' AS relation, pg_table_size(c.oid) - coalesce(pg_total_relation_size(c.reltoastrelid), 0) AS bytes
         FROM pg_class c WHERE c.relname = 'segments'
       UNION ALL
       SELECT 'toast', pg_relation_size(c.reltoastrelid) + pg_relation_size(c.reltoastrelid, 'fsm') + pg_relation_size(c.reltoastrelid, 'vm')
         FROM pg_class c WHERE c.relname = 'segments'
       UNION ALL
       SELECT 'toast index', pg_indexes_size(c.reltoastrelid) FROM pg_class c WHERE c.relname = 'segments'
       UNION ALL
       SELECT 'index ' || i.relname, pg_relation_size(i.oid)
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = 'segments'::regclass`,
    );
    const total = Number((await pool.query<{ bytes: string }>("SELECT pg_total_relation_size('segments') AS bytes")).rows[0]!.bytes);
    return {
      segments,
      sealedBytesPerSegment: perSegment(sealed, segments),
      storedOverSealed: Math.round((total / sealed) * 1000) / 1000,
      storedBytesPerSegment: Object.fromEntries(rows.map((row) => [row.relation, perSegment(Number(row.bytes), segments)])),
      percentOfPagesHoldingRows: await pageFill(pool),
    };
  } finally {
    await pool.end();
    await database.stop();
  }
}

export async function measureServerStorage(firstSyncRecords = 50_000): Promise<object> {
  const sync = await aSyncsSegmentBytes();
  const day = await aDaysSegmentBytes();
  const firstSync = await firstSyncSegmentSizes(firstSyncRecords);
  return {
    segments4KB: await storedFor([4096]),
    aSyncWhileOnline: { note: 'a profile edit and a note, synced within three minutes', ...(await storedFor([sync])) },
    aMixOfSyncs: {
      note: 'syncs of one record to a few, 700 B to 4.2 KB evenly mixed',
      ...(await storedFor(Array.from({ length: 36 }, (_, i) => 700 + i * 100))),
    },
    aDaysWork: { note: 'four service notes and a recovery plan, one push', ...(await storedFor([day])) },
    [`firstSync${firstSyncRecords}`]: {
      note: `a ${firstSyncRecords}-record notebook sent at once: ${firstSync.length} segments of up to ${SEGMENT_TARGET_BYTES} B of ciphertext, repeated`,
      ...(await storedFor(firstSync)),
    },
  };
}
