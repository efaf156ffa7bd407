/** A service note's fields as read, in the note form's order with its labels: on the note's card, and in a supervisor's review queue. */
import { useTranslation } from 'react-i18next';
import type { ServiceNoteFields } from '@shared/records/service-note';
import { useDates } from '../../i18n/use-dates';
import { ReadOnlyFields } from '../../ui/ReadOnly';

export function NoteFields({
  fields,
  units = null,
  withDate = false,
}: {
  fields: ServiceNoteFields;
  /** A draft's units so far (a signed note says its units on its signed line). */
  units?: number | null;
  /** The date you met, for a reader who sees the note away from its card's heading. */
  withDate?: boolean;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <ReadOnlyFields
      items={[
        [t('notes.editor.date'), withDate && dates.date(fields.date)],
        [
          t('notes.view.time'),
          fields.startTime && fields.endTime && t('notes.view.timeRange', { start: fields.startTime, end: fields.endTime }),
        ],
        [t('notes.view.units'), units !== null && String(units)],
        [t('notes.view.setting'), t(`notes.settings.${fields.setting}`)],
        [t('notes.view.contactType'), t(`notes.contactTypes.${fields.contactType}`)],
        [t('notes.view.serviceCode'), fields.serviceCode],
        [
          t('notes.view.goals'),
          fields.goalsAddressed.length > 0 && (
            <ul>
              {fields.goalsAddressed.map((goal) => (
                <li key={goal.goalId}>“{goal.inTheirWords}”</li>
              ))}
            </ul>
          ),
        ],
        [t('notes.view.sharedPart'), fields.group?.sharedPart],
        [t('notes.view.whatWeDid'), fields.whatWeDid],
        [t('notes.view.theirResponse'), fields.theirResponse],
        [t('notes.view.nextSteps'), fields.nextSteps],
      ]}
    />
  );
}
