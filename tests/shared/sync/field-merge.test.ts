import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridClock } from '@shared/sync/hlc';
import {
  conflictsOf,
  currentValues,
  deleteRecord,
  DELETED_FIELD,
  isDeleted,
  mergeRegisters,
  resolveField,
  restoreRecord,
  writeFields,
  type FieldRegisters,
} from '@shared/sync/field-merge';

const DEVICES = ['000000000000000a', '000000000000000b', '000000000000000c'] as const;
const FIELDS = ['phone', 'pronouns', 'notes'] as const;

/** Three devices, each with its own clock over one shared fake wall clock, editing one record. */
function devices() {
  let wall = Date.UTC(2026, 2, 1);
  const now = () => wall;
  const tick = (ms: number) => (wall += ms);
  const clocks = DEVICES.map((id) => new HybridClock(id, undefined, now));
  return { clocks, tick };
}

describe('merging two edits to one record', () => {
  it('keeps edits to different fields from both devices', () => {
    const { clocks } = devices();
    const a = writeFields({}, { phone: '919-555-0142' }, clocks[0]!.next());
    const b = writeFields({}, { pronouns: 'they/them' }, clocks[1]!.next());
    const merged = mergeRegisters(a, b);
    expect(currentValues(merged)).toEqual({ phone: '919-555-0142', pronouns: 'they/them' });
    expect(conflictsOf(merged).fields).toEqual([]);
  });

  it('shows the later of two concurrent edits to one field, and keeps the other as a conflict', () => {
    const { clocks, tick } = devices();
    const a = writeFields({}, { notes: 'Likes morning calls' }, clocks[0]!.next());
    tick(1000);
    const b = writeFields({}, { notes: 'Prefers texts after 5' }, clocks[1]!.next());
    const merged = mergeRegisters(a, b);
    expect(currentValues(merged).notes).toBe('Prefers texts after 5');
    const [conflict] = conflictsOf(merged).fields;
    expect(conflict?.others.map((version) => version.value)).toEqual(['Likes morning calls']);
    expect(mergeRegisters(b, a)).toEqual(merged);
  });

  it('is no conflict when the second edit was made after seeing the first', () => {
    const { clocks } = devices();
    const a = writeFields({}, { notes: 'first' }, clocks[0]!.next());
    const b = writeFields(mergeRegisters({}, a), { notes: 'second, having read the first' }, clocks[1]!.next());
    const merged = mergeRegisters(a, b);
    expect(currentValues(merged).notes).toBe('second, having read the first');
    expect(conflictsOf(merged).fields).toEqual([]);
  });

  it('resolving a conflict on one device clears it everywhere once synced', () => {
    const { clocks, tick } = devices();
    const a = writeFields({}, { notes: 'A' }, clocks[0]!.next());
    tick(5);
    const b = writeFields({}, { notes: 'B' }, clocks[1]!.next());
    const both = mergeRegisters(a, b);
    const resolved = resolveField(both, 'notes', 'A', clocks[0]!.next());
    const elsewhere = mergeRegisters(b, resolved);
    expect(currentValues(elsewhere).notes).toBe('A');
    expect(conflictsOf(elsewhere).fields).toEqual([]);
  });

  it('keeps an edit made elsewhere visible when the record was deleted without seeing it', () => {
    const { clocks, tick } = devices();
    const base = writeFields({}, { phone: '1', notes: 'n' }, clocks[0]!.next());
    const deleted = deleteRecord(base, clocks[0]!.next());
    tick(10);
    const edited = writeFields(base, { phone: '2' }, clocks[1]!.next());
    const merged = mergeRegisters(deleted, edited);
    expect(isDeleted(merged)).toBe(true);
    expect(conflictsOf(merged).deletedOverEdits.map(({ field, version }) => [field, version.value])).toEqual([['phone', '2']]);
    const kept = restoreRecord(merged, clocks[0]!.next());
    expect(isDeleted(kept)).toBe(false);
    expect(currentValues(kept).phone).toBe('2');
  });

  it('a delete that had seen every edit is no conflict', () => {
    const { clocks } = devices();
    const base = writeFields({}, { phone: '1' }, clocks[0]!.next());
    const deleted = deleteRecord(base, clocks[1]!.next());
    expect(conflictsOf(mergeRegisters(base, deleted))).toEqual({ fields: [], deletedOverEdits: [] });
  });
});

type Op =
  | { kind: 'write'; device: number; field: number; value: number; ms: number }
  | { kind: 'delete'; device: number; ms: number }
  | { kind: 'restore'; device: number; ms: number }
  | { kind: 'sync'; from: number; to: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('write' as const), device: fc.nat(2), field: fc.nat(2), value: fc.nat(99), ms: fc.nat(3) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), device: fc.nat(2), ms: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), device: fc.nat(2), ms: fc.nat(3) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }) },
);

/** Runs a history; returns each device's copy and, for every write, the stamps its device truly held. */
function play(ops: Op[]) {
  const { clocks, tick } = devices();
  const copies: FieldRegisters[] = DEVICES.map(() => ({}));
  // Ground truth, kept apart from the algorithm: every stamp each device has ever held, per field.
  const held: Set<string>[] = DEVICES.map(() => new Set());
  const writes: { field: string; stamp: string; knewBefore: Set<string> }[] = [];
  const everyStampIn = (registers: FieldRegisters) =>
    Object.entries(registers).flatMap(([field, versions]) => versions.map((v) => `${field}|${v.stamp}`));
  const write = (device: number, change: (r: FieldRegisters, stamp: string) => FieldRegisters, fields: () => string[], ms: number) => {
    tick(ms);
    const stamp = clocks[device]!.next();
    const knewBefore = new Set(held[device]);
    for (const field of fields()) writes.push({ field, stamp, knewBefore });
    copies[device] = change(copies[device]!, stamp);
    for (const key of everyStampIn(copies[device]!)) held[device]!.add(key);
  };
  for (const step of ops) {
    if (step.kind === 'write')
      write(
        step.device,
        (r, s) => writeFields(r, { [FIELDS[step.field]!]: step.value }, s),
        () => [FIELDS[step.field]!],
        step.ms,
      );
    else if (step.kind === 'delete') write(step.device, deleteRecord, () => [DELETED_FIELD], step.ms);
    else if (step.kind === 'restore') write(step.device, restoreRecord, () => [DELETED_FIELD], step.ms);
    else {
      copies[step.to] = mergeRegisters(copies[step.to]!, copies[step.from]!);
      for (const key of held[step.from]!) held[step.to]!.add(key);
    }
  }
  return { copies, writes, held };
}

describe('three devices editing, deleting and syncing in any order', () => {
  it('end identical once everyone has synced, and every edit is current, a visible conflict, or was seen by a later edit', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { copies, writes } = play(ops);
        let final = copies.reduce((a, b) => mergeRegisters(a, b), {});
        // Everyone pulls everyone, in a fixed but different order per device.
        const synced = copies.map((copy, i) => copies.reduce((acc, _, j) => mergeRegisters(acc, copies[(i + j) % copies.length]!), copy));
        for (const copy of synced) expect(copy).toEqual(final);
        final = synced[0]!;

        const conflicts = conflictsOf(final);
        for (const { field, stamp } of writes) {
          const live = (final[field] ?? []).some((version) => version.stamp === stamp);
          if (live) {
            // A live edit under a delete that never saw it is shown as such.
            if (field !== DELETED_FIELD && isDeleted(final)) {
              const deletes = writes.filter(
                (w) => w.field === DELETED_FIELD && (final[DELETED_FIELD] ?? []).some((v) => v.stamp === w.stamp && v.value === true),
              );
              const seenByDelete = deletes.some((del) => del.knewBefore.has(`${field}|${stamp}`));
              if (!seenByDelete) expect(conflicts.deletedOverEdits.some((entry) => entry.version.stamp === stamp)).toBe(true);
            }
            continue;
          }
          // Gone only if some later write's device truly held it when writing.
          expect(writes.some((later) => later.field === field && later.knewBefore.has(`${field}|${stamp}`))).toBe(true);
        }
        // Several live values of one field are always offered as a conflict.
        for (const [field, versions] of Object.entries(final)) {
          if (field !== DELETED_FIELD && versions.length > 1) expect(conflicts.fields.some((c) => c.field === field)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('merge is commutative, associative and idempotent over any copies a history produces', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const [a, b, c] = play(ops).copies as [FieldRegisters, FieldRegisters, FieldRegisters];
        expect(mergeRegisters(a, b)).toEqual(mergeRegisters(b, a));
        expect(mergeRegisters(mergeRegisters(a, b), c)).toEqual(mergeRegisters(a, mergeRegisters(b, c)));
        expect(mergeRegisters(a, a)).toEqual(a);
        expect(mergeRegisters(mergeRegisters(a, b), b)).toEqual(mergeRegisters(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
