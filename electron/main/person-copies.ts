/**
 * Saving the person's own copy of a plan: the peer picks where in a save dialog, the page is
 * printed to PDF (or kept as the web page it already is), and the file is written atomically, so
 * a full drive or a pulled USB stick never leaves half a copy under the real name.
 */
import { basename } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import type { PersonCopyOutcome, PersonCopyRequest } from '@shared/host-api';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import { fileProblemOf } from './file-problems';

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
    super('This copy is too large to print (the signature pictures may be very big). Save it as a web page instead.');
    this.name = 'PersonCopyTooLargeError';
  }
}

type Problem = Extract<PersonCopyOutcome, { ok: false }>['problem'];

const MESSAGES: Record<Exclude<Problem, 'too-large'>, string> = {
  'disk-full': 'The drive is full, so the copy was not saved. Free some space or choose another place, then try again.',
  'drive-unavailable':
    'That place could not be reached (was a drive removed?), so nothing was saved. Reconnect it or choose another place, then try again.',
  'not-writable': "Peer Notebook isn't allowed to save in that folder. Choose another place, then try again.",
};

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
      const extension = `.${format}`;
      const chosen = await dialog.chooseSaveFile(`${suggestedName}${extension}`, format);
      if (!chosen) return { ok: true, saved: false };
      // Some save dialogs (Linux) do not add the extension; without it the copy would not open.
      const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
      try {
        const bytes = format === 'pdf' ? await renderPdf(html) : new TextEncoder().encode(html);
        await writeFileAtomically(fs, path, bytes);
        return { ok: true, saved: true, name: basename(path) };
      } catch (error) {
        if (error instanceof PersonCopyTooLargeError) return { ok: false, problem: 'too-large', message: error.message };
        const problem = fileProblemOf(error);
        if (!problem) throw error;
        return { ok: false, problem, message: MESSAGES[problem] };
      }
    },
  };
}
