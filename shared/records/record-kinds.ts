/**
 * Record kinds as data: each known kind names the schema of its fields. A kind not listed here
 * (written by a newer app) is stored and synced untouched, never dropped.
 */
import type { z } from 'zod';
import { PersonFields } from './person';

export const recordKinds = {
  person: { fields: PersonFields },
} as const satisfies Record<string, { fields: z.ZodType }>;

export type RecordKind = keyof typeof recordKinds;
export type KindFields<K extends RecordKind> = z.output<(typeof recordKinds)[K]['fields']>;
export type KindInput<K extends RecordKind> = z.input<(typeof recordKinds)[K]['fields']>;

export const isKnownKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);
