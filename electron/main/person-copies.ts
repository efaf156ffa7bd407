/**
 * Saving the person's own copy of a plan: the peer picks where in a save dialog, the page is
 * printed to PDF (or kept as the web page it already is), and the file is written atomically, so
 * a full drive or a pulled USB stick never leaves half a copy under the real name.
 */
import * as nodeFs from 'node:fs/promises';
import type { PersonCopyOutcome, PersonCopyRequest } from '@shared/host-api';
import type { AtomicFs } from './atomic-file';
import { saveThroughDialog } from './export-files';

export type PersonCopyFormat = PersonCopyRequest['format'];

/** The native save dialog (Electron's in the app, scripted in tests). */
export interface PersonCopyDialog {
  /** Where to save, suggesting `defaultName` (with its extension); null when the peer cancelled. */
  chooseSaveFile(defaultName: string, format: PersonCopyFormat): Promise<string | null>;
}

/** Draws a whole HTML page as a Letter-size PDF (Electron's printToPDF in the app, Chromium's page.pdf in tests). */
export type RenderPdf = (html: string) => Promise<Uint8Array>;

/** The page is too large to be drawn as a PDF. */
export class PersonCopyTooLargeError extends Error {
  constructor() {
    super('The person copy is too large to draw as a PDF.');
    this.name = 'PersonCopyTooLargeError';
  }
}

export interface PersonCopies {
  save(request: PersonCopyRequest): Promise<PersonCopyOutcome>;
}

export interface PersonCopiesOptions {
  dialog: PersonCopyDialog;
  renderPdf: RenderPdf;
  fs?: AtomicFs;
}

export function createPersonCopies({ dialog, renderPdf, fs = nodeFs }: PersonCopiesOptions): PersonCopies {
  return {
    async save({ format, html, suggestedName }) {
      try {
        return await saveThroughDialog(dialog, fs, { format, suggestedName }, () =>
          format === 'pdf' ? renderPdf(html) : new TextEncoder().encode(html),
        );
      } catch (error) {
        // The window words the problem in the peer's language.
        if (error instanceof PersonCopyTooLargeError) return { ok: false, problem: 'too-large' };
        throw error;
      }
    },
  };
}
