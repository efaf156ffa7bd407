/**
 * What a conflict looks like: a field changed on two computers without either seeing the other's
 * change shows every value side by side, each saying where and when it was written, each with
 * "Keep this one"; a record removed on one computer while changed on another shows those changes
 * and asks whether to keep it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseStamp } from '@shared/sync/hlc';
import type { FieldVersion } from '@shared/sync/field-merge';
import { useVault } from '../../ui/contexts';
import { useDates } from '../../i18n/use-dates';
import { Notice, useAction } from '../../ui/form';
import type { ConflictChoice, RecordConflict } from './worker/conflict-handlers';
import { fieldLabel } from './conflict-labels';

/** A value as a peer reads it: words as written, yes or no, a list's names; empty said as such. */
function useConflictValue(): (value: unknown) => ReactNode {
  const { t } = useTranslation();
  return (value) => {
    if (value === '' || value === null || value === undefined || (Array.isArray(value) && value.length === 0))
      return <span className="hint">{t('sync.conflicts.empty')}</span>;
    if (typeof value === 'boolean') return value ? t('sync.conflicts.yes') : t('sync.conflicts.no');
    if (Array.isArray(value))
      return value
        .map((item: unknown) => (item && typeof item === 'object' && 'name' in item ? String(item.name) : JSON.stringify(item)))
        .join(', ');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
}

/** Where and when a version was written: "On this computer, Nov 23, 2026, 3:42 PM". */
function useWhere(thisDevice: string): (version: FieldVersion) => string {
  const { t } = useTranslation();
  const dates = useDates();
  return (version) => {
    const { deviceId, millis } = parseStamp(version.stamp);
    const when = dates.dateTime(new Date(millis).toISOString(), 'medium');
    return deviceId === thisDevice ? t('sync.conflicts.thisDevice', { when }) : t('sync.conflicts.otherDevice', { when });
  };
}

function ConflictChoices({
  label,
  versions,
  thisDevice,
  onKeep,
}: {
  label: string;
  versions: readonly FieldVersion[];
  thisDevice: string;
  onKeep(version: FieldVersion): Promise<void>;
}) {
  const { t } = useTranslation();
  const show = useConflictValue();
  const where = useWhere(thisDevice);
  const { run, busy, error } = useAction();
  const title = t('sync.conflicts.changedTwice', { field: label });

  return (
    <section className="conflict" aria-label={title}>
      <h3>{title}</h3>
      <div className="conflict-versions">
        {versions.map((version, index) => (
          <div key={version.stamp} className="conflict-version" role="group" aria-label={where(version)}>
            <p className="hint">
              {where(version)}
              {index === 0 && <span className="chip">{t('sync.conflicts.shownNow')}</span>}
            </p>
            <p className="conflict-value">{show(version.value)}</p>
            <button type="button" disabled={busy} onClick={() => void run(() => onKeep(version))}>
              {t('sync.conflicts.keep')}
            </button>
          </div>
        ))}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}

/** Everything to resolve on one record. `onResolved` runs after each choice is saved. */
export function RecordConflicts({
  conflict,
  thisDevice,
  onResolved,
}: {
  conflict: RecordConflict;
  thisDevice: string;
  onResolved(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const show = useConflictValue();
  const where = useWhere(thisDevice);
  const { run, busy, error } = useAction();
  const resolve = async (choice: ConflictChoice) => {
    await vault('conflicts.resolve', choice);
    onResolved();
  };

  if (conflict.deletedOverEdits.length > 0) {
    return (
      <section className="conflict" aria-label={t('sync.conflicts.removedWhileChanged')}>
        <h3>{t('sync.conflicts.removedWhileChanged')}</h3>
        <ul>
          {conflict.deletedOverEdits.map(({ field, version }) => (
            <li key={`${field}-${version.stamp}`}>
              {fieldLabel(t, conflict.kind, field)}: {show(version.value)} <span className="hint">({where(version)})</span>
            </li>
          ))}
        </ul>
        <div className="row">
          <button type="button" disabled={busy} onClick={() => void run(() => resolve({ recordId: conflict.recordId, keepRecord: true }))}>
            {t('sync.conflicts.keepRecord')}
          </button>
          <button type="button" disabled={busy} onClick={() => void run(() => resolve({ recordId: conflict.recordId, keepRecord: false }))}>
            {t('sync.conflicts.removeRecord')}
          </button>
        </div>
        {error && <Notice tone="error">{error}</Notice>}
      </section>
    );
  }
  return conflict.fields.map(({ field, versions }) => (
    <ConflictChoices
      key={field}
      label={fieldLabel(t, conflict.kind, field)}
      versions={versions}
      thisDevice={thisDevice}
      onKeep={(version) => resolve({ recordId: conflict.recordId, field, value: version.value })}
    />
  ));
}
