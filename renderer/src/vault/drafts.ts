/**
 * Drafts of half-written forms: a note typed, then a phone call, then the notebook locks itself.
 * The window keeps an open form's values here a few seconds after typing stops and just before
 * locking (the lock waits its turn in the queue behind it), and after unlocking reopens the form
 * with a line saying it was kept. A draft is sealed under the records key like a record, bound to
 * its form's key; the key names only the form and random ids, never content. Drafts are dropped
 * when their form is saved or given up, and when the notebook's key changes.
 */
import { z } from 'zod';
import { openRecord, sealRecord } from '@shared/crypto/record-cipher';
import { fromUtf8, utf8 } from '@shared/crypto/bytes';
import type { CoreParts } from './core-parts';
import type { Session } from './session';

/** Which form: its name, then ids ("note/<person id>/new"); letters, digits, dashes and slashes only. */
const DraftKey = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z-]*(\/[0-9A-Za-z-]+)*$/);

/** Where the form was, as the window names places (a screen, a person, a tab): ids only. */
const DraftPlace = z.record(z.string(), z.union([z.string().max(200), z.null()]));
export type DraftPlace = z.infer<typeof DraftPlace>;

const DraftBody = z.object({ place: DraftPlace, values: z.unknown(), keptAt: z.iso.datetime() });

export interface Draft {
  key: string;
  place: DraftPlace;
  /** The form's values as the window gave them. */
  values: unknown;
  keptAt: string;
}

const binding = (session: Session, key: string, keptAt: string) => ({
  vaultId: session.header.vaultId,
  recordId: `draft/${key}`,
  rev: keptAt,
});

export class DraftStore {
  constructor(private readonly core: CoreParts) {}

  /** Keeps (or replaces) the draft of one form. */
  async keep(input: { key: string; place: DraftPlace; values: unknown }): Promise<void> {
    const key = this.checkKey(input.key);
    const place = DraftPlace.parse(input.place);
    return this.core.queue.run(async () => {
      const session = this.core.keys.require();
      const keptAt = this.core.clock.now().toISOString();
      const plaintext = utf8(JSON.stringify({ place, values: input.values, keptAt }));
      await this.core.db.drafts.put({
        key,
        rev: keptAt,
        ct: sealRecord(this.core.sodium, session.recordKey, binding(session, key, keptAt), plaintext),
      });
    });
  }

  /** The draft of one form; null when there is none (or it does not open: it is then dropped). */
  async get(key: string): Promise<Draft | null> {
    const session = this.core.keys.require();
    const row = await this.core.db.drafts.get(this.checkKey(key));
    this.core.keys.assertCurrent(session);
    return row ? this.open(session, row) : null;
  }

  /** The draft kept most recently, to reopen its form after unlocking; null when none. */
  async latest(): Promise<Draft | null> {
    const session = this.core.keys.require();
    const rows = await this.core.db.drafts.toArray();
    this.core.keys.assertCurrent(session);
    const opened = rows.flatMap((row) => this.open(session, row) ?? []);
    return opened.sort((a, b) => b.keptAt.localeCompare(a.keptAt))[0] ?? null;
  }

  /** The form was saved or given up: its draft goes. */
  async discard(key: string): Promise<void> {
    const checked = this.checkKey(key);
    return this.core.queue.run(async () => {
      this.core.keys.require();
      await this.core.db.drafts.delete(checked);
    });
  }

  private open(session: Session, row: { key: string; rev: string; ct: Uint8Array }): Draft | null {
    try {
      const body = DraftBody.parse(
        JSON.parse(fromUtf8(openRecord(this.core.sodium, session.recordKey, binding(session, row.key, row.rev), row.ct))),
      );
      if (body.keptAt !== row.rev) return null;
      return { key: row.key, place: body.place, values: body.values, keptAt: body.keptAt };
    } catch {
      // A draft that does not open is only a draft: it is dropped at the next write, never shown.
      void this.discard(row.key).catch(() => undefined);
      return null;
    }
  }

  private checkKey(key: string): string {
    const parsed = DraftKey.safeParse(key);
    if (!parsed.success) throw new Error('A draft is named by its form and ids only.');
    return parsed.data;
  }
}
