/**
 * The merge the sync engine and restore share (mergeCopies over record bodies), driven the way the
 * engine drives it but without a store, so thousands of cases run in seconds: three computers make
 * random edits (often to one field), deletes and conflict choices, and push and pull whole copies
 * through a shared log in random orders. After everyone syncs twice, all three hold the same
 * records, and every edit is shown or kept as a conflict unless a later write had seen it. The
 * same story through the real vaults, runner and folder is sync-property.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock } from '@shared/sync/hlc';
import { conflictsOf } from '@shared/sync/field-merge';
import {
  applyFieldChanges,
  newRecordBody,
  registersOf,
  resolveFieldConflict,
  sameBody,
  tombstone,
  withRegisters,
  type RecordBody,
} from '@shared/records/record-body';
import { mergeCopies, type IncomingRevision } from '../../../renderer/src/vault/merge-revisions';

const FIELDS = ['phone', 'pronouns', 'notes'] as const;
const IDS = ['r0', 'r1'] as const;
const DEVICES = ['000000000000000a', '000000000000000b', '000000000000000c'];

type Op =
  | { op: 'edit'; device: number; record: number; field: (typeof FIELDS)[number] }
  | { op: 'delete'; device: number; record: number }
  | { op: 'resolve'; device: number }
  | { op: 'sync'; device: number }
  | { op: 'tick'; ms: number };

const device = fc.integer({ min: 0, max: 2 });
const record = fc.integer({ min: 0, max: IDS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), device, record, field: fc.constantFrom(...FIELDS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), device, record }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('resolve' as const), device }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('sync' as const), device }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 3 }) }) },
);

interface Computer {
  clock: HybridClock;
  records: Map<string, IncomingRevision>;
  dirty: Set<string>;
  /** How much of the shared log this computer has applied. */
  applied: number;
}

function runCase(ops: Op[]): void {
  let wall = Date.parse('2026-11-23T10:00:00Z');
  const now = () => wall;
  const log: IncomingRevision[][] = [];
  const computers: Computer[] = DEVICES.map((id) => ({
    clock: new HybridClock(id, undefined, now),
    records: new Map(),
    dirty: new Set(),
    applied: 0,
  }));
  const edits: { id: string; field: string; value: string; superseded: boolean }[] = [];

  const write = (computer: Computer, id: string, body: RecordBody, rev: string) => {
    computer.records.set(id, { id, rev, body });
    computer.dirty.add(id);
  };
  const supersedeLive = (computer: Computer, id: string, fields: readonly string[]) => {
    const copy = computer.records.get(id);
    if (!copy) return;
    const registers = registersOf(copy.body, copy.rev);
    for (const field of fields) {
      const live = (registers[field] ?? []).map((version) => version.value);
      for (const edit of edits) if (edit.id === id && edit.field === field && live.includes(edit.value)) edit.superseded = true;
    }
  };
  const sync = (computer: Computer) => {
    for (const batch of log.slice(computer.applied)) {
      for (const incoming of batch) {
        computer.clock.observe(incoming.rev);
        const local = computer.records.get(incoming.id);
        if (!local) {
          computer.records.set(incoming.id, incoming);
          continue;
        }
        const merged = mergeCopies(local, incoming);
        if (sameBody(merged, local.body)) continue;
        if (sameBody(merged, incoming.body)) {
          computer.records.set(incoming.id, incoming);
          computer.dirty.delete(incoming.id);
        } else write(computer, incoming.id, merged, computer.clock.next());
      }
    }
    computer.applied = log.length;
    if (computer.dirty.size > 0) {
      log.push([...computer.dirty].map((id) => computer.records.get(id)!));
      computer.dirty.clear();
      computer.applied = log.length;
    }
  };

  const first = computers[0]!;
  for (const id of IDS) {
    const stamp = first.clock.next();
    write(first, id, applyFieldChanges(newRecordBody('person'), { preferredName: id }, stamp)!, stamp);
  }
  for (const computer of computers) sync(computer);

  let counter = 0;
  for (const step of ops) {
    if (step.op === 'tick') {
      wall += step.ms;
      continue;
    }
    const computer = computers[step.device]!;
    if (step.op === 'sync') sync(computer);
    else if (step.op === 'resolve') {
      for (const [id, copy] of computer.records) {
        const [conflict] = conflictsOf(registersOf(copy.body, copy.rev)).fields;
        if (!conflict) continue;
        supersedeLive(computer, id, [conflict.field]);
        const stamp = computer.clock.next();
        write(computer, id, resolveFieldConflict(copy.body, conflict.field, conflict.others.at(-1)!.value, stamp), stamp);
        break;
      }
    } else {
      const id = IDS[step.record]!;
      const copy = computer.records.get(id);
      if (!copy || copy.body.deleted) continue;
      const stamp = computer.clock.next();
      if (step.op === 'delete') {
        supersedeLive(computer, id, FIELDS);
        write(computer, id, tombstone(copy.body, stamp), stamp);
      } else {
        const value = `d${step.device}-${counter++}`;
        supersedeLive(computer, id, [step.field]);
        write(computer, id, applyFieldChanges(copy.body, { [step.field]: value }, stamp)!, stamp);
        edits.push({ id, field: step.field, value, superseded: false });
      }
    }
  }
  for (let round = 0; round < 2; round++) for (const computer of computers) sync(computer);

  for (const id of IDS) {
    const copies = computers.map((computer) => {
      const copy = computer.records.get(id)!;
      return JSON.stringify(withRegisters(copy.body, registersOf(copy.body, copy.rev)));
    });
    expect(copies[1]).toBe(copies[0]);
    expect(copies[2]).toBe(copies[0]);
    const copy = first.records.get(id)!;
    const registers = registersOf(copy.body, copy.rev);
    const overDelete = conflictsOf(registers).deletedOverEdits.map(({ field, version }) => `${field}=${String(version.value)}`);
    for (const edit of edits.filter((e) => e.id === id && !e.superseded)) {
      expect((registers[edit.field] ?? []).map((version) => version.value)).toContain(edit.value);
      if (copy.body.deleted) expect(overDelete).toContain(`${edit.field}=${edit.value}`);
    }
  }
}

describe('merging copies of records across three computers', () => {
  it('ends with the same records everywhere, every edit shown or kept as a conflict', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 24 }), runCase), { numRuns: 3000 });
  }, 120_000);
});
