/**
 * The Backups section of Settings: back up now (a save dialog), the folder for scheduled backups,
 * how often and how many to keep, when to be reminded (the three saved with one Save, as every
 * section of Settings saves its choices), and restoring a backup into this notebook with a report
 * of what it did.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BACKUP_EVERY_HOURS_CHOICES,
  KEEP_LAST_CHOICES,
  WARN_AFTER_DAYS_CHOICES,
  type BackupSettings as Settings,
} from '@shared/backup/backup-schedule';
import { useHost, useVault } from '../../ui/contexts';
import { useDates } from '../../i18n/use-dates';
import { Form, Notice, SelectField } from '../../ui/form';
import type { VaultStatus } from '../../vault/vault';
import { runBackup, type FinishedRestore } from './backup-runner';
import { BackupProgressBar } from './BackupProgressBar';
import { RestoreForm } from './RestoreForm';
import { useBackupAction, useBackupAgencyKeys } from './use-backup-action';

type Schedule = Pick<Settings, 'everyHours' | 'keepLast' | 'warnAfterDays'>;
const scheduleOf = ({ everyHours, keepLast, warnAfterDays }: Settings): Schedule => ({ everyHours, keepLast, warnAfterDays });

export function BackupSettings({ status, onStatus }: { status: VaultStatus; onStatus(status: VaultStatus): void }) {
  const vault = useVault();
  const hostApi = useHost();
  const agency = useBackupAgencyKeys();
  const dates = useDates();
  const { t } = useTranslation();
  const settings = status.settings.backup;
  const { run, busy, error, progress } = useBackupAction();
  const [done, setDone] = useState<string | null>(null);
  const [restored, setRestored] = useState<FinishedRestore | null>(null);

  const save = async (change: Partial<Settings>) => {
    const next = await vault('vault.updateSettings', { change: { backup: { ...settings, ...change } } });
    onStatus({ ...status, settings: next });
  };
  const everyChoices = BACKUP_EVERY_HOURS_CHOICES.map((hours) => ({ value: hours, label: t(`backup.settings.every${hours}`) }));
  // The schedule's choices wait for Save, as in every section of Settings.
  const [schedule, setSchedule] = useState(() => scheduleOf(settings));
  const [scheduleSaved, setScheduleSaved] = useState(false);
  const scheduleChanged = (Object.keys(schedule) as (keyof Schedule)[]).some((key) => schedule[key] !== settings[key]);
  const change = (update: Partial<Schedule>) => {
    setScheduleSaved(false);
    setSchedule({ ...schedule, ...update });
  };
  const saveSchedule = () =>
    void run(async () => {
      await save(schedule);
      setScheduleSaved(true);
    });

  const chooseFolder = () =>
    void run(async () => {
      const chosen = await hostApi.chooseBackupFolder();
      if (chosen) await save({ folder: { place: chosen.place, name: chosen.name } });
    });

  const backUpNow = () =>
    void run(async (onProgress) => {
      setDone(null);
      const file = await hostApi.chooseBackupExportFile();
      if (!file) return;
      const written = await runBackup(vault, hostApi, { place: file.place, keepLast: null, agency }, onProgress);
      await save({ lastBackupAt: written.createdAt });
      setDone(t('backup.settings.backedUp', { name: written.name }));
    });

  const afterRestore = (restore: FinishedRestore) => {
    setRestored(restore);
    if (restore.snapshot) void run(() => save({ lastBackupAt: restore.snapshot!.createdAt }));
  };

  return (
    <section aria-labelledby="backup-heading" className="backup-settings">
      <h2 id="backup-heading">{t('backup.settings.title')}</h2>
      <p>{t('backup.settings.intro')}</p>
      <div className="row">
        <button type="button" className="primary" onClick={backUpNow} disabled={busy}>
          {t('backup.settings.backUpNow')}
        </button>
      </div>
      <p>{settings.folder ? t('backup.settings.folder', { name: settings.folder.name }) : t('backup.settings.noFolder')}</p>
      <div className="row">
        <button type="button" onClick={chooseFolder} disabled={busy}>
          {settings.folder ? t('backup.settings.chooseOtherFolder') : t('backup.settings.chooseFolder')}
        </button>
      </div>
      <Form
        onSubmit={() => {
          saveSchedule();
        }}
      >
        <SelectField
          label={t('backup.settings.every')}
          value={schedule.everyHours}
          options={everyChoices}
          onChange={(everyHours) => change({ everyHours })}
        />
        <SelectField
          label={t('backup.settings.keepLast')}
          value={schedule.keepLast}
          options={KEEP_LAST_CHOICES.map((count) => ({ value: count, label: t('backup.settings.keep', { count }) }))}
          onChange={(keepLast) => change({ keepLast })}
        />
        <SelectField
          label={t('backup.settings.warnAfter')}
          value={schedule.warnAfterDays}
          options={WARN_AFTER_DAYS_CHOICES.map((count) => ({ value: count, label: t('backup.settings.days', { count }) }))}
          onChange={(warnAfterDays) => change({ warnAfterDays })}
        />
        <p className="hint">{t('backup.settings.whileOpen')}</p>
        {scheduleSaved && !scheduleChanged && (
          <Notice tone="success">
            {t('backup.settings.scheduleSaved', {
              every: everyChoices.find((choice) => choice.value === settings.everyHours)?.label ?? '',
              count: settings.keepLast,
              days: t('backup.settings.days', { count: settings.warnAfterDays }),
            })}
          </Notice>
        )}
        <button type="submit" disabled={busy || !scheduleChanged}>
          {t('backup.settings.saveSchedule')}
        </button>
      </Form>
      {progress && <BackupProgressBar progress={progress} />}
      {error && <Notice tone="error">{error}</Notice>}
      {done && <Notice tone="success">{done}</Notice>}

      <h3>{t('backup.restore.title')}</h3>
      <p>{t('backup.restore.intro')}</p>
      <RestoreForm snapshotPlace={{ folder: settings.folder?.place ?? null, agency }} onRestored={afterRestore} />
      {restored && (
        <Notice tone="success">
          {t('backup.restore.done', {
            when: dates.dateTime(restored.verified.createdAt, 'medium'),
            added: restored.added,
            updated: restored.updated,
            skipped: restored.skipped,
          })}
          {restored.conflicts > 0 && ` ${t('backup.restore.conflicts', { count: restored.conflicts })}`}
          {restored.snapshot &&
            ` ${t(restored.snapshot.where === 'folder' ? 'backup.restore.snapshotFolder' : 'backup.restore.snapshotFile', { name: restored.snapshot.name })}`}
        </Notice>
      )}
    </section>
  );
}
