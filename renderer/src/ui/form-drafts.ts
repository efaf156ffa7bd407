/**
 * Drafts of open forms, the window's side (the sealed store is vault/drafts.ts). A form with
 * changes keeps its values as a draft a few seconds after typing stops, and again just before the
 * notebook locks: the lock sends every form's keep first, and the worker's queue answers calls in
 * the order they came, so the lock waits behind them. After unlocking, the newest draft says which
 * place to open, and its form starts from it. A draft goes once its form has nothing unsaved (it
 * was saved) or closes for any reason but the lock (saved, cancelled, or left).
 */
import type { VaultCall } from './vault-client';
import type { Draft } from '../vault/drafts';
import { placeOf, type Place } from '@shared/places';

/** How long typing must pause before a draft is kept: long enough not to seal every keystroke. */
export const KEEP_AFTER_MS = 2_000;

export interface KeptDraft<V> {
  values: V;
  keptAt: string;
}

/** One open form's draft. */
export class FormDraft {
  /** The values not yet saved, or null when the form has nothing unsaved. */
  private unsaved: unknown = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether a draft of this form may be stored, so going away has something to discard. */
  private stored: boolean;

  constructor(
    private readonly owner: FormDrafts,
    readonly key: string,
    private readonly place: Place,
    resumed: boolean,
  ) {
    this.stored = resumed;
  }

  /** The form's values after a change (null: it has nothing unsaved, as after a save). */
  update(values: unknown): void {
    this.cancelTimer();
    if (values === null) {
      this.unsaved = null;
      if (this.stored) this.discard();
      return;
    }
    this.unsaved = values;
    this.timer = setTimeout(() => this.keepNow(), this.owner.quietMs);
  }

  /** Keeps the unsaved values now (the lock calls this before it locks). */
  keepNow(): void {
    this.cancelTimer();
    if (this.unsaved === null) return;
    this.stored = true;
    // One that cannot be kept (the notebook locked already) leaves the stored draft as it was.
    void this.owner.vault('drafts.keep', { key: this.key, place: this.place, values: this.unsaved }).catch(() => undefined);
  }

  /** The form closed. Closed by the lock, its draft stays to be reopened; otherwise it goes. */
  close(): void {
    this.cancelTimer();
    this.owner.forget(this);
    if (!this.owner.locking && this.stored) this.discard();
  }

  private discard(): void {
    this.stored = false;
    void this.owner.vault('drafts.discard', { key: this.key }).catch(() => undefined);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** Every open form's draft, and the draft to reopen after unlocking. One per app. */
export class FormDrafts {
  private readonly forms = new Set<FormDraft>();
  private toReopen: Draft | null = null;
  /** True from the moment a lock starts until the next unlock: forms closing then keep their drafts. */
  locking = false;

  constructor(
    readonly vault: VaultCall,
    readonly quietMs = KEEP_AFTER_MS,
  ) {}

  /** A form opened under `key` at `place`. A form reopened from a draft takes it over. */
  open(key: string, place: Place): FormDraft {
    const resumed = this.toReopen?.key === key;
    if (resumed) this.toReopen = null;
    const form = new FormDraft(this, key, place, resumed);
    this.forms.add(form);
    return form;
  }

  forget(form: FormDraft): void {
    this.forms.delete(form);
  }

  /** Just before the lock is sent: every form with changes sends its keep ahead of it. */
  keepAllBeforeLock(): void {
    this.locking = true;
    for (const form of this.forms) form.keepNow();
  }

  /** After unlocking: the newest draft is held for its form, and its place is where to go. */
  async afterUnlock(): Promise<Place | null> {
    this.locking = false;
    const draft = await this.vault('drafts.latest');
    const place = draft ? placeOf(draft.place) : null;
    this.toReopen = place ? draft : null;
    return place;
  }

  /** The draft a form under `key` reopens from, if the last unlock found one for it. */
  kept<V>(key: string): KeptDraft<V> | null {
    if (this.toReopen?.key !== key) return null;
    // Sealed under the records key and bound to this key: only this form wrote these values.
    return { values: this.toReopen.values as V, keptAt: this.toReopen.keptAt };
  }
}
