/** When a meeting happened, with the billable units it makes shown as the times are typed. */
import { useTranslation } from 'react-i18next';
import { meetingMinutes, noteUnits, type ServiceNoteFields } from '@shared/records/service-note';
import { TextField } from '../../ui/form';

type Times = Pick<ServiceNoteFields, 'date' | 'startTime' | 'endTime'>;

export function MeetingTimes({ value, onChange }: { value: Times; onChange(value: Times): void }) {
  const { t } = useTranslation();
  const minutes = meetingMinutes(value.startTime, value.endTime);
  return (
    <>
      <div className="grid-3">
        <TextField label={t('notes.editor.date')} type="date" value={value.date} onChange={(date) => onChange({ ...value, date })} />
        <TextField label={t('notes.editor.startTime')} type="time" value={value.startTime} onChange={(startTime) => onChange({ ...value, startTime })} />
        <TextField label={t('notes.editor.endTime')} type="time" value={value.endTime} onChange={(endTime) => onChange({ ...value, endTime })} />
      </div>
      <p className="units" role="status">
        {minutes === null ? t('notes.editor.noUnitsYet') : t('notes.editor.units', { minutes, count: noteUnits(value) })}
        <span className="hint"> {t('notes.editor.unitRule')}</span>
      </p>
    </>
  );
}
