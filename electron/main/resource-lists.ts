/**
 * The community-resource list as a CSV file: opened from, and saved to, a place the peer picks
 * in a native dialog (the page never names a path). Saving is atomic, so a full drive or a pulled
 * USB stick never leaves half a list under the real name; opening refuses a file too large to be
 * a list before reading it (chosen-file.ts).
 */
import { basename } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import { MAX_RESOURCE_LIST_BYTES, type ResourceListOpened, type ResourceListSaved } from '@shared/host-api';
import { writeFileAtomically, type AtomicFs } from './atomic-file';
import { fileProblemOf } from './file-problems';
import { readChosenFile, type ChosenFileFs } from './chosen-file';

/** The native dialogs (Electron's in the app, scripted in tests); null when the peer cancelled. */
export interface ResourceListDialogs {
  chooseListToOpen(): Promise<string | null>;
  /** Where to save, suggesting `defaultName`. */
  chooseSaveFile(defaultName: string): Promise<string | null>;
}

/** The file-system members used here: node:fs/promises, or a wrapper in tests that fails on cue. */
export interface ResourceListFs extends AtomicFs, ChosenFileFs {}

export interface ResourceLists {
  open(): Promise<ResourceListOpened>;
  save(csv: string): Promise<ResourceListSaved>;
}

/** Spreadsheets read a CSV without this mark as their own legacy code page, and garble accents. */
const UTF8_BOM = '\uFEFF';

/**
 * A list saved by a spreadsheet is UTF-8, or (older Excel on Windows) Windows-1252: bytes that
 * are not valid UTF-8 are read as the latter, so "Sábado" survives either way.
 */
function decodeList(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const dateStamp = (date: Date) => date.toISOString().slice(0, 10);

export function createResourceLists({
  dialogs,
  fs = nodeFs,
  now = () => new Date(),
}: {
  dialogs: ResourceListDialogs;
  fs?: ResourceListFs;
  now?: () => Date;
}): ResourceLists {
  return {
    async open() {
      const path = await dialogs.chooseListToOpen();
      if (!path) return { ok: true, opened: false };
      const read = await readChosenFile(fs, path, MAX_RESOURCE_LIST_BYTES);
      if (!read.ok) return read;
      return { ok: true, opened: true, name: basename(path), text: decodeList(read.bytes) };
    },

    async save(csv) {
      const chosen = await dialogs.chooseSaveFile(`Community resources ${dateStamp(now())}.csv`);
      if (!chosen) return { ok: true, saved: false };
      // Some save dialogs (Linux) do not add the extension; without it a spreadsheet would not open it.
      const path = chosen.toLowerCase().endsWith('.csv') ? chosen : `${chosen}.csv`;
      try {
        await writeFileAtomically(fs, path, new TextEncoder().encode(UTF8_BOM + csv));
        return { ok: true, saved: true, name: basename(path) };
      } catch (error) {
        const problem = fileProblemOf(error);
        if (!problem) throw error;
        return { ok: false, problem };
      }
    },
  };
}
