import { describe, expect, it } from 'vitest';
import { BackupSettings, DEFAULT_BACKUP_SETTINGS, backupOverdue, nextScheduledBackup } from '@shared/backup/backup-schedule';

const folder = { place: 'a'.repeat(32), name: '/media/dana/BACKUP' };
const now = new Date('2026-03-10T12:00:00Z');

describe('the backup schedule', () => {
  it('schedules nothing without a folder, or when backups are made by hand only', () => {
    expect(nextScheduledBackup(DEFAULT_BACKUP_SETTINGS, now)).toBeNull();
    expect(nextScheduledBackup({ ...DEFAULT_BACKUP_SETTINGS, folder, everyHours: 0 }, now)).toBeNull();
  });

  it('is due at once when there has never been a backup, then every N hours after the last one', () => {
    expect(nextScheduledBackup({ ...DEFAULT_BACKUP_SETTINGS, folder }, now)).toEqual(now);
    const daily = { ...DEFAULT_BACKUP_SETTINGS, folder, everyHours: 24, lastBackupAt: '2026-03-10T08:00:00.000Z' };
    expect(nextScheduledBackup(daily, now)).toEqual(new Date('2026-03-11T08:00:00Z'));
    // Missed while the notebook was closed: due now, not in the past.
    expect(nextScheduledBackup({ ...daily, lastBackupAt: '2026-03-01T08:00:00.000Z' }, now)).toEqual(now);
  });

  it('warns when there is no backup, or none for longer than the chosen number of days', () => {
    expect(backupOverdue(DEFAULT_BACKUP_SETTINGS, now)).toBe(true);
    const weekly = { ...DEFAULT_BACKUP_SETTINGS, warnAfterDays: 7 };
    expect(backupOverdue({ ...weekly, lastBackupAt: '2026-03-04T12:00:00.000Z' }, now)).toBe(false);
    expect(backupOverdue({ ...weekly, lastBackupAt: '2026-03-03T11:59:00.000Z' }, now)).toBe(true);
  });

  it('accepts only the choices on offer', () => {
    expect(BackupSettings.safeParse({ ...DEFAULT_BACKUP_SETTINGS, folder }).success).toBe(true);
    expect(BackupSettings.safeParse({ ...DEFAULT_BACKUP_SETTINGS, keepLast: 0 }).success).toBe(false);
    expect(BackupSettings.safeParse({ ...DEFAULT_BACKUP_SETTINGS, everyHours: 2 }).success).toBe(false);
    expect(BackupSettings.safeParse({ ...DEFAULT_BACKUP_SETTINGS, folder: { place: '../etc', name: 'x' } }).success).toBe(false);
  });
});
