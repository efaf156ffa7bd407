/**
 * The limits of confidentiality: what was explained, when, by whom, and how the person showed they
 * understood. Told up front, and gone over again on a date.
 */
import { useTranslation } from 'react-i18next';
import { addMonths } from '@shared/records/dates';
import {
  AGENCY_RECOVERY_STATEMENT,
  CONFIDENTIALITY_LIMITS,
  confidentialityMissing,
  confidentialitySigning,
  SUGGESTED_LIMITS_REVIEW_MONTHS,
  type ConfidentialityDisclosureFields,
} from '@shared/records/confidentiality';
import { firstVersionFields } from '@shared/records/signed-versions';
import { CheckBox, Notice, TextArea, TextField, Working } from '../../ui/form';
import { useAgencyCanRecover } from '../../ui/use-agency-can-recover';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/clock';
import { useMessage } from '../../i18n/use-message';
import { useDates } from '../../i18n/use-dates';
import { DocumentSeries } from '../documents/DocumentSeries';
import { StartDocument } from '../documents/StartDocument';
import { seriesOf, useDocuments } from '../documents/use-documents';

type Fields = ConfidentialityDisclosureFields;

function LimitsEditor({ value, onChange }: { value: Fields; onChange(value: Fields): void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const agencyCanRecover = useAgencyCanRecover();
  const set =
    <K extends keyof Fields>(key: K) =>
    (next: Fields[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <div className="document-editor">
      <fieldset>
        <legend>{t('confidentiality.editor.limits')}</legend>
        {CONFIDENTIALITY_LIMITS.map((limit) => (
          <div key={limit.id} className="limit">
            <CheckBox
              label={message(limit.name)}
              checked={value.limitsExplained.includes(limit.id)}
              onChange={(checked) =>
                set('limitsExplained')(
                  checked ? [...value.limitsExplained, limit.id] : value.limitsExplained.filter((id) => id !== limit.id),
                )
              }
            />
            <p className="hint limit-text">“{message(limit.label)}”</p>
          </div>
        ))}
        {agencyCanRecover && <p className="agency-note">“{message(AGENCY_RECOVERY_STATEMENT)}”</p>}
      </fieldset>
      <div className="grid-2">
        <TextField label={t('confidentiality.editor.explainedOn')} type="date" value={value.explainedOn} onChange={set('explainedOn')} />
        <TextField label={t('confidentiality.editor.explainedBy')} value={value.explainedBy} onChange={set('explainedBy')} />
        <TextField
          label={t('confidentiality.editor.nextReviewDate')}
          type="date"
          value={value.nextReviewDate}
          onChange={set('nextReviewDate')}
        />
      </div>
      <fieldset>
        <legend>{t('confidentiality.editor.understood')}</legend>
        <label className="radio">
          <input
            type="radio"
            name="acknowledgement"
            checked={value.acknowledgement === 'signed-on-screen'}
            onChange={() => set('acknowledgement')('signed-on-screen')}
          />{' '}
          {t('confidentiality.editor.onScreen')}
        </label>{' '}
        <label className="radio">
          <input
            type="radio"
            name="acknowledgement"
            checked={value.acknowledgement === 'verbal-with-witness'}
            onChange={() => set('acknowledgement')('verbal-with-witness')}
          />{' '}
          {t('confidentiality.editor.outLoud')}
        </label>
        {value.acknowledgement === 'verbal-with-witness' && (
          <TextField label={t('confidentiality.editor.witness')} value={value.witnessName} onChange={set('witnessName')} />
        )}
      </fieldset>
      <TextArea label={t('confidentiality.editor.notes')} value={value.notes} onChange={set('notes')} />
    </div>
  );
}

function LimitsView({ fields }: { fields: Fields }) {
  const { t } = useTranslation();
  const message = useMessage();
  const dates = useDates();
  const agencyCanRecover = useAgencyCanRecover();
  return (
    <ReadOnlyFields
      items={[
        [
          t('confidentiality.view.limits'),
          <ul key="limits">
            {CONFIDENTIALITY_LIMITS.filter((limit) => fields.limitsExplained.includes(limit.id)).map((limit) => (
              <li key={limit.id}>
                {message(limit.name)}: “{message(limit.label)}”
              </li>
            ))}
          </ul>,
        ],
        [t('confidentiality.view.explainedOn'), dates.date(fields.explainedOn)],
        [t('confidentiality.view.explainedBy'), fields.explainedBy],
        [
          t('confidentiality.view.understood'),
          fields.acknowledgement === 'signed-on-screen'
            ? t('confidentiality.view.onScreen')
            : t('confidentiality.view.outLoud', { witness: fields.witnessName }),
        ],
        [t('confidentiality.view.nextReviewDate'), dates.date(fields.nextReviewDate)],
        [t('confidentiality.view.notes'), fields.notes],
        [t('confidentiality.view.agency'), agencyCanRecover && message(AGENCY_RECOVERY_STATEMENT)],
      ]}
    />
  );
}

export function ConfidentialityTab({ personId, personName, peerName }: { personId: string; personName: string; peerName: string }) {
  const { t } = useTranslation();
  const { versions, error, reload } = useDocuments<Fields>(personId, 'confidentiality-disclosure');
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label={t('common.opening')} />;
  const [current] = seriesOf(versions);

  if (!current) {
    return (
      <StartDocument
        personId={personId}
        kind="confidentiality-disclosure"
        intro={t('confidentiality.intro', { name: personName })}
        label={t('confidentiality.start')}
        firstDraft={() => {
          const today = localToday();
          return {
            ...firstVersionFields(),
            limitsExplained: CONFIDENTIALITY_LIMITS.map((limit) => limit.id),
            explainedOn: today,
            explainedBy: peerName,
            acknowledgement: 'signed-on-screen',
            witnessName: '',
            nextReviewDate: addMonths(today, SUGGESTED_LIMITS_REVIEW_MONTHS),
            notes: '',
          };
        }}
        onStarted={reload}
      />
    );
  }

  return (
    <DocumentSeries<Fields>
      kind="confidentiality-disclosure"
      personId={personId}
      title={t('confidentiality.title')}
      versions={current}
      Editor={LimitsEditor}
      View={LimitsView}
      missing={confidentialityMissing}
      signing={confidentialitySigning}
      signerLabel={t('documents.personSigning')}
      defaultSigner={personName}
      onChanged={reload}
    />
  );
}
