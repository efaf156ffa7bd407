/** The peer relationship agreement: written together at the start, signed, revisited on a date. */
import { addMonths, formatDate } from '@shared/records/dates';
import {
  agreementMissing,
  DEFAULT_BOUNDARIES,
  DEFAULT_WHAT_PEER_IS,
  DEFAULT_WHAT_PEER_IS_NOT,
  SUGGESTED_AGREEMENT_REVIEW_MONTHS,
  type AgreementFields,
} from '@shared/records/agreement';
import { firstVersionFields } from '@shared/records/signed-versions';
import { useVault } from '../../app/contexts';
import { Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/today';
import { DocumentSeries } from '../documents/DocumentSeries';
import { seriesOf, useDocuments } from '../documents/use-documents';

function AgreementEditor({ value, onChange }: { value: AgreementFields; onChange(value: AgreementFields): void }) {
  const set = <K extends keyof AgreementFields>(key: K) => (next: AgreementFields[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="document-editor">
      <div className="grid-2">
        <TextField label="We started working together on" type="date" value={value.startDate} onChange={set('startDate')} />
        <TextField label="We'll look at this agreement again on" type="date" value={value.reviewDate} onChange={set('reviewDate')} />
      </div>
      <TextArea label="How and where we'll meet" value={value.meetingPlaces} onChange={set('meetingPlaces')} />
      <TextArea label="How to reach me (your peer), and when" value={value.howToReachPeer} onChange={set('howToReachPeer')} />
      <TextArea label="When I can't be reached, and who to call then" value={value.whenNotToReach} onChange={set('whenNotToReach')} />
      <TextArea label="What a peer is" value={value.whatPeerIs} onChange={set('whatPeerIs')} rows={4} />
      <TextArea label="What a peer is not" value={value.whatPeerIsNot} onChange={set('whatPeerIsNot')} rows={4} />
      <TextArea label="Boundaries we agree on" value={value.boundaries} onChange={set('boundaries')} rows={4} />
      <TextArea label="Anything they'd like to add, in their words" value={value.personAcknowledgement} onChange={set('personAcknowledgement')} />
    </div>
  );
}

function AgreementView({ fields }: { fields: AgreementFields }) {
  return (
    <ReadOnlyFields
      items={[
        ['Started working together', formatDate(fields.startDate)],
        ['Review together on', formatDate(fields.reviewDate)],
        ['How and where we meet', fields.meetingPlaces],
        ['How to reach the peer, and when', fields.howToReachPeer],
        ["When the peer can't be reached", fields.whenNotToReach],
        ['What a peer is', fields.whatPeerIs],
        ['What a peer is not', fields.whatPeerIsNot],
        ['Boundaries', fields.boundaries],
        ['In their words', fields.personAcknowledgement],
      ]}
    />
  );
}

export function AgreementTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { versions, error, reload } = useDocuments<AgreementFields>(personId, 'agreement');
  const { run, busy, error: startError } = useAction();
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label="Opening the agreement" />;
  const [current] = seriesOf(versions);

  if (!current) {
    const today = localToday();
    return (
      <div>
        <p>
          There's no agreement with {personName} yet. Write it together at the start: how you'll meet and reach each other,
          what a peer is and isn't, and the boundaries you both keep.
        </p>
        {startError && <Notice tone="error">{startError}</Notice>}
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const fields = {
                ...firstVersionFields(),
                startDate: today,
                reviewDate: addMonths(today, SUGGESTED_AGREEMENT_REVIEW_MONTHS),
                meetingPlaces: '',
                howToReachPeer: '',
                whenNotToReach: '',
                whatPeerIs: DEFAULT_WHAT_PEER_IS,
                whatPeerIsNot: DEFAULT_WHAT_PEER_IS_NOT,
                boundaries: DEFAULT_BOUNDARIES,
                personAcknowledgement: '',
              };
              await vault('documents.saveDraft', { personId, kind: 'agreement', id: null, fields });
              reload();
            })
          }
        >
          Write the agreement together
        </button>
      </div>
    );
  }

  return (
    <DocumentSeries
      kind="agreement"
      personId={personId}
      title="Relationship agreement"
      versions={current}
      Editor={AgreementEditor}
      View={AgreementView}
      missing={agreementMissing}
      signerLabel="Name of the person signing"
      defaultSigner={personName}
      onChanged={reload}
    />
  );
}
