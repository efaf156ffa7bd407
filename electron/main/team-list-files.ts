/**
 * The agency's signed team list as a file, for a computer without the sync server: opened from
 * a place the peer picks in a native dialog (the page never names a path). Only read here; the
 * vault worker checks the agency's signature before anything is taken from it.
 */
import { basename } from 'node:path';
import * as nodeFs from 'node:fs/promises';
import { MAX_TEAM_LIST_BYTES, type TeamListOpened } from '@shared/host-api';
import { readChosenFile, type ChosenFileFs } from './chosen-file';

/** The native open dialog (Electron's in the app, scripted in tests); null when the peer cancelled. */
export interface TeamListDialogs {
  chooseTeamListToOpen(): Promise<string | null>;
}

export interface TeamListFiles {
  open(): Promise<TeamListOpened>;
}

export function createTeamListFiles({ dialogs, fs = nodeFs }: { dialogs: TeamListDialogs; fs?: ChosenFileFs }): TeamListFiles {
  return {
    async open() {
      const path = await dialogs.chooseTeamListToOpen();
      if (!path) return { ok: true, opened: false };
      const read = await readChosenFile(fs, path, MAX_TEAM_LIST_BYTES);
      if (!read.ok) return read;
      // Not UTF-8 (a stray binary file) still reaches the worker, which says it is not a team list.
      return { ok: true, opened: true, name: basename(path), text: new TextDecoder().decode(read.bytes) };
    },
  };
}
