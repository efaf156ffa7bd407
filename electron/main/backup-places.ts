/**
 * Where backups may be written and read: only places the peer chose in a native dialog. The
 * renderer never names a path; it gets an opaque random token for each choice and hands that
 * back. Folder choices are remembered on disk, so scheduled backups keep going to the same
 * folder after a restart; single files (an export, a backup to restore) last for this session.
 */
import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { BACKUP_FILE_EXTENSION } from '@shared/backup/backup-layout';

/** The native dialogs the places come from (Electron's dialog in the app, scripted in tests). */
export interface BackupDialogs {
  /** A folder for scheduled backups; null when the peer cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Where to save one backup now (a save dialog), suggesting `defaultName`. */
  chooseSaveFile(defaultName: string): Promise<string | null>;
  /** An existing backup file to restore from. */
  chooseBackupFile(): Promise<string | null>;
}

export type BackupPlaceKind = 'folder' | 'save-file' | 'backup-file';

export interface BackupPlace {
  kind: BackupPlaceKind;
  path: string;
}

/** A place token the renderer sent that this process never handed out (or forgot). */
export class UnknownBackupPlaceError extends Error {
  constructor() {
    super('That backup location is no longer known to Peer Notebook. Choose the folder or file again.');
    this.name = 'UnknownBackupPlaceError';
  }
}

const RememberedFolders = z.record(z.string().regex(/^[0-9a-f]{32}$/), z.string().min(1));

export interface BackupPlaces {
  choose(kind: BackupPlaceKind, defaultName: string): Promise<{ token: string; name: string } | null>;
  /** The place behind a token, or UnknownBackupPlaceError. */
  resolve(token: string): Promise<BackupPlace>;
}

export function createBackupPlaces(dialogs: BackupDialogs, options: { storePath: string }): BackupPlaces {
  const places = new Map<string, BackupPlace>();
  let loaded: Promise<void> | null = null;

  // A missing or unreadable store means no folder was remembered yet: the peer chooses again.
  const load = () =>
    (loaded ??= readFile(options.storePath, 'utf8')
      .then((text) => {
        const parsed = RememberedFolders.safeParse(JSON.parse(text));
        if (parsed.success) for (const [token, path] of Object.entries(parsed.data)) places.set(token, { kind: 'folder', path });
      })
      .catch(() => undefined));

  const save = async () => {
    const folders = Object.fromEntries(
      [...places].filter(([, place]) => place.kind === 'folder').map(([token, place]) => [token, place.path]),
    );
    const temp = `${options.storePath}.tmp`;
    await writeFile(temp, JSON.stringify(folders));
    await rename(temp, options.storePath);
  };

  const ask = (kind: BackupPlaceKind, defaultName: string) => {
    switch (kind) {
      case 'folder':
        return dialogs.chooseFolder();
      case 'save-file':
        return dialogs.chooseSaveFile(defaultName);
      case 'backup-file':
        return dialogs.chooseBackupFile();
    }
  };

  return {
    async choose(kind, defaultName) {
      await load();
      const chosen = await ask(kind, defaultName);
      if (!chosen) return null;
      // Some save dialogs (Linux) do not add the extension; without it the file is not listed as a backup.
      const path = kind === 'save-file' && !chosen.endsWith(BACKUP_FILE_EXTENSION) ? `${chosen}${BACKUP_FILE_EXTENSION}` : chosen;
      // Choosing the same folder again keeps its token, so the store does not grow.
      const known = [...places].find(([, place]) => place.kind === kind && place.path === path);
      const token = known?.[0] ?? randomBytes(16).toString('hex');
      if (!known) {
        places.set(token, { kind, path });
        if (kind === 'folder') await save();
      }
      return { token, name: kind === 'folder' ? path : basename(path) };
    },
    async resolve(token) {
      await load();
      const place = places.get(token);
      if (!place) throw new UnknownBackupPlaceError();
      return place;
    },
  };
}
