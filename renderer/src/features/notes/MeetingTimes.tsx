/** When a meeting happened, with the billable units it makes under the agency's rule shown as the times are typed. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { meetingMinutes, noteUnits, type ServiceNoteFields, type UnitRule } from '@shared/records/service-note';
import { useInstallationPolicy } from '../../ui/contexts';
import { TextField } from '../../ui/form';

/** The unit rule in a sentence (here and on the About screen). */
export const unitRuleWords = (t: TFunction, { unitMinutes, partialUnitFromMinutes }: UnitRule): string =>
  partialUnitFromMinutes >= unitMinutes
    ? t('notes.editor.unitRuleWholeUnits', { unitMinutes })
    : t('notes.editor.unitRule', { unitMinutes, partialUnitFromMinutes });

type Times = Pick<ServiceNoteFields, 'date' | 'startTime' | 'endTime'>;

export function MeetingTimes({ value, onChange }: { value: Times; onChange(value: Times): void }) {
  const { t } = useTranslation();
  const unitRule = useInstallationPolicy().settings.noteUnitRule.value;
  const minutes = meetingMinutes(value.startTime, value.endTime);
  return (
    <>
      <div className="grid-3">
        <TextField label={t('notes.editor.date')} type="date" value={value.date} onChange={(date) => onChange({ ...value, date })} />
        <TextField
          label={t('notes.editor.startTime')}
          type="time"
          value={value.startTime}
          onChange={(startTime) => onChange({ ...value, startTime })}
        />
        <TextField
          label={t('notes.editor.endTime')}
          type="time"
          value={value.endTime}
          onChange={(endTime) => onChange({ ...value, endTime })}
        />
      </div>
      <p className="units" role="status">
        {minutes === null ? t('notes.editor.noUnitsYet') : t('notes.editor.units', { minutes, count: noteUnits(value, unitRule) })}
        <span className="hint"> {unitRuleWords(t, unitRule)}</span>
      </p>
    </>
  );
}
