/**
 * Saving a file made for someone outside the notebook (claims for billing, a FHIR bundle) where
 * the peer picks in a save dialog. The text is written straight to a hidden temp file beside the
 * chosen name and renamed over it (atomic-file.ts): nothing in clear lands anywhere else, and a
 * full drive or a pulled USB stick never leaves half a file under the real name.
 */
import { basename } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import type { ExportFileRequest, ExportFileSaved } from '@shared/host-api';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import { fileProblemOf } from './file-problems';

export type ExportFileFormat = ExportFileRequest['format'];

/** The native save dialog (Electron's in the app, scripted in tests); null when the peer cancelled. */
export interface ExportFileDialog {
  chooseSaveFile(defaultName: string, format: ExportFileFormat): Promise<string | null>;
}

export interface ExportFiles {
  save(request: ExportFileRequest): Promise<ExportFileSaved>;
}

/**
 * Asks in the save dialog where `suggestedName` goes, then writes what `bytes` makes there,
 * whole or not at all. A cancelled dialog saves nothing; a full drive, a pulled stick or a folder
 * that cannot be written to comes back as its problem for the window to word. Any other failure
 * (of `bytes` too) is thrown as it is.
 */
export async function saveThroughDialog<F extends string>(
  dialog: { chooseSaveFile(defaultName: string, format: F): Promise<string | null> },
  fs: AtomicFs,
  { format, suggestedName }: { format: F; suggestedName: string },
  bytes: () => Uint8Array | Promise<Uint8Array>,
): Promise<ExportFileSaved> {
  const extension = `.${format}`;
  const chosen = await dialog.chooseSaveFile(`${suggestedName}${extension}`, format);
  if (!chosen) return { ok: true, saved: false };
  // Some save dialogs (Linux) do not add the extension; without it the file would not open.
  const path = chosen.toLowerCase().endsWith(extension) ? chosen : `${chosen}${extension}`;
  try {
    await writeFileAtomically(fs, path, await bytes());
    return { ok: true, saved: true, name: basename(path) };
  } catch (error) {
    const problem = fileProblemOf(error);
    if (!problem) throw error;
    return { ok: false, problem };
  }
}

export function createExportFiles({ dialog, fs = nodeFs }: { dialog: ExportFileDialog; fs?: AtomicFs }): ExportFiles {
  return {
    save: ({ format, text, suggestedName }) =>
      saveThroughDialog(dialog, fs, { format, suggestedName }, () => new TextEncoder().encode(text)),
  };
}
