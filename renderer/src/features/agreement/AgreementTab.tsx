/** The peer relationship agreement: written together at the start, signed, revisited on a date. */
import { useTranslation } from 'react-i18next';
import { addMonths } from '@shared/records/dates';
import {
  agreementMissing,
  DEFAULT_BOUNDARIES,
  DEFAULT_WHAT_PEER_IS,
  DEFAULT_WHAT_PEER_IS_NOT,
  SUGGESTED_AGREEMENT_REVIEW_MONTHS,
  type AgreementFields,
} from '@shared/records/agreement';
import { firstVersionFields } from '@shared/records/signed-versions';
import { Notice, TextArea, TextField, Working } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/clock';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { DocumentSeries } from '../documents/DocumentSeries';
import { StartDocument } from '../documents/StartDocument';
import { seriesOf, useDocuments } from '../documents/use-documents';

function AgreementEditor({ value, onChange }: { value: AgreementFields; onChange(value: AgreementFields): void }) {
  const { t } = useTranslation();
  const set =
    <K extends keyof AgreementFields>(key: K) =>
    (next: AgreementFields[K]) =>
      onChange({ ...value, [key]: next });
  return (
    <div className="document-editor">
      <div className="grid-2">
        <TextField label={t('agreement.editor.startDate')} type="date" value={value.startDate} onChange={set('startDate')} />
        <TextField label={t('agreement.editor.reviewDate')} type="date" value={value.reviewDate} onChange={set('reviewDate')} />
      </div>
      <TextArea label={t('agreement.editor.meetingPlaces')} value={value.meetingPlaces} onChange={set('meetingPlaces')} />
      <TextArea label={t('agreement.editor.howToReachPeer')} value={value.howToReachPeer} onChange={set('howToReachPeer')} />
      <TextArea label={t('agreement.editor.whenNotToReach')} value={value.whenNotToReach} onChange={set('whenNotToReach')} />
      <TextArea label={t('agreement.editor.whatPeerIs')} value={value.whatPeerIs} onChange={set('whatPeerIs')} rows={4} />
      <TextArea label={t('agreement.editor.whatPeerIsNot')} value={value.whatPeerIsNot} onChange={set('whatPeerIsNot')} rows={4} />
      <TextArea label={t('agreement.editor.boundaries')} value={value.boundaries} onChange={set('boundaries')} rows={4} />
      <TextArea
        label={t('agreement.editor.personAcknowledgement')}
        value={value.personAcknowledgement}
        onChange={set('personAcknowledgement')}
      />
    </div>
  );
}

function AgreementView({ fields }: { fields: AgreementFields }) {
  const { t } = useTranslation();
  const dates = useDates();
  return (
    <ReadOnlyFields
      items={[
        [t('agreement.view.startDate'), dates.date(fields.startDate)],
        [t('agreement.view.reviewDate'), dates.date(fields.reviewDate)],
        [t('agreement.view.meetingPlaces'), fields.meetingPlaces],
        [t('agreement.view.howToReachPeer'), fields.howToReachPeer],
        [t('agreement.view.whenNotToReach'), fields.whenNotToReach],
        [t('agreement.view.whatPeerIs'), fields.whatPeerIs],
        [t('agreement.view.whatPeerIsNot'), fields.whatPeerIsNot],
        [t('agreement.view.boundaries'), fields.boundaries],
        [t('agreement.view.personAcknowledgement'), fields.personAcknowledgement],
      ]}
    />
  );
}

export function AgreementTab({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const { versions, error, reload } = useDocuments<AgreementFields>(personId, 'agreement');
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label={t('agreement.opening')} />;
  const [current] = seriesOf(versions);

  if (!current) {
    return (
      <StartDocument
        personId={personId}
        kind="agreement"
        intro={t('agreement.none', { name: personName })}
        label={t('agreement.start')}
        firstDraft={() => {
          const today = localToday();
          return {
            ...firstVersionFields(),
            startDate: today,
            reviewDate: addMonths(today, SUGGESTED_AGREEMENT_REVIEW_MONTHS),
            meetingPlaces: '',
            howToReachPeer: '',
            whenNotToReach: '',
            // The starting texts, in the language the peer and person are speaking: theirs to edit.
            whatPeerIs: message(DEFAULT_WHAT_PEER_IS),
            whatPeerIsNot: message(DEFAULT_WHAT_PEER_IS_NOT),
            boundaries: message(DEFAULT_BOUNDARIES),
            personAcknowledgement: '',
          };
        }}
        onStarted={reload}
      />
    );
  }

  return (
    <DocumentSeries
      kind="agreement"
      personId={personId}
      title={t('agreement.title')}
      versions={current}
      Editor={AgreementEditor}
      View={AgreementView}
      missing={agreementMissing}
      signerLabel={t('documents.personSigning')}
      defaultSigner={personName}
      onChanged={reload}
    />
  );
}
