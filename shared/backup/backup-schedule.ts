/**
 * The peer's backup settings and what they mean in time: where scheduled backups go, how often,
 * how many to keep, and when the lack of a recent backup deserves a warning. None of it names
 * anyone (the folder is the host's opaque token and the folder's name), so it is stored in clear
 * with the notebook's other settings and read while locked.
 */
import { z } from 'zod';

/** How often a scheduled backup runs while the notebook is open; 0: only when the peer asks. */
export const BACKUP_EVERY_HOURS_CHOICES = [0, 4, 24, 168] as const;
export const KEEP_LAST_CHOICES = [3, 5, 10, 20, 50] as const;
export const WARN_AFTER_DAYS_CHOICES = [1, 3, 7, 14, 30] as const;

const oneOf = <T extends readonly number[]>(choices: T) => z.number().refine((value) => choices.includes(value));

export const BackupSettings = z.object({
  /** The folder the peer chose for scheduled backups: the host's token for it and its name to show. */
  folder: z.object({ place: z.string().regex(/^[0-9a-f]{32}$/), name: z.string().max(4096) }).nullable(),
  everyHours: oneOf(BACKUP_EVERY_HOURS_CHOICES),
  keepLast: oneOf(KEEP_LAST_CHOICES),
  warnAfterDays: oneOf(WARN_AFTER_DAYS_CHOICES),
  /** When the last backup of this notebook was written and checked (scheduled or by hand). */
  lastBackupAt: z.iso.datetime().nullable(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, everyHours: 24, keepLast: 10, warnAfterDays: 7, lastBackupAt: null };

const HOUR_MS = 60 * 60 * 1000;

/** When the next scheduled backup is due, or null when none is scheduled (no folder, or by hand only). */
export function nextScheduledBackup(settings: BackupSettings, now: Date): Date | null {
  if (!settings.folder || settings.everyHours === 0) return null;
  if (!settings.lastBackupAt) return now;
  const due = new Date(Date.parse(settings.lastBackupAt) + settings.everyHours * HOUR_MS);
  return due < now ? now : due;
}

/** True when no backup has been made, or none for longer than the peer's warning time. */
export function backupOverdue(settings: BackupSettings, now: Date): boolean {
  if (!settings.lastBackupAt) return true;
  return now.getTime() - Date.parse(settings.lastBackupAt) > settings.warnAfterDays * 24 * HOUR_MS;
}
