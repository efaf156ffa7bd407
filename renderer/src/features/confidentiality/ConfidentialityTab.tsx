/**
 * The limits of confidentiality: what was explained, when, by whom, and how the person showed they
 * understood. Told up front, and gone over again on a date.
 */
import { addMonths, formatDate } from '@shared/records/dates';
import {
  AGENCY_RECOVERY_STATEMENT,
  CONFIDENTIALITY_LIMITS,
  confidentialityMissing,
  SUGGESTED_LIMITS_REVIEW_MONTHS,
  type ConfidentialityDisclosureFields,
} from '@shared/records/confidentiality';
import { firstVersionFields } from '@shared/records/signed-versions';
import { useVault } from '../../app/contexts';
import { CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/today';
import { DocumentSeries } from '../documents/DocumentSeries';
import { seriesOf, useDocuments } from '../documents/use-documents';

type Fields = ConfidentialityDisclosureFields;

function LimitsEditor({ value, onChange }: { value: Fields; onChange(value: Fields): void }) {
  const set = <K extends keyof Fields>(key: K) => (next: Fields[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="document-editor">
      <fieldset>
        <legend>The limits we went over (read each one aloud together)</legend>
        {CONFIDENTIALITY_LIMITS.map((limit) => (
          <div key={limit.id} className="limit">
            <CheckBox
              label={limit.name}
              checked={value.limitsExplained.includes(limit.id)}
              onChange={(checked) =>
                set('limitsExplained')(checked ? [...value.limitsExplained, limit.id] : value.limitsExplained.filter((id) => id !== limit.id))
              }
            />
            <p className="hint limit-text">“{limit.label}”</p>
          </div>
        ))}
        <p className="agency-note">“{AGENCY_RECOVERY_STATEMENT}”</p>
      </fieldset>
      <div className="grid-2">
        <TextField label="We went over them on" type="date" value={value.explainedOn} onChange={set('explainedOn')} />
        <TextField label="Explained by" value={value.explainedBy} onChange={set('explainedBy')} />
        <TextField label="Go over them again by" type="date" value={value.nextReviewDate} onChange={set('nextReviewDate')} />
      </div>
      <fieldset>
        <legend>How they showed they understood</legend>
        <label className="radio">
          <input type="radio" name="acknowledgement" checked={value.acknowledgement === 'signed-on-screen'} onChange={() => set('acknowledgement')('signed-on-screen')} /> Signed on screen
        </label>{' '}
        <label className="radio">
          <input type="radio" name="acknowledgement" checked={value.acknowledgement === 'verbal-with-witness'} onChange={() => set('acknowledgement')('verbal-with-witness')} /> Said so out loud, with a witness
        </label>
        {value.acknowledgement === 'verbal-with-witness' && <TextField label="Witness" value={value.witnessName} onChange={set('witnessName')} />}
      </fieldset>
      <TextArea label="Notes (questions they asked, anything to remember)" value={value.notes} onChange={set('notes')} />
    </div>
  );
}

function LimitsView({ fields }: { fields: Fields }) {
  return (
    <ReadOnlyFields
      items={[
        ['Limits explained', <ul key="limits">{CONFIDENTIALITY_LIMITS.filter((limit) => fields.limitsExplained.includes(limit.id)).map((limit) => <li key={limit.id}>{limit.name}: “{limit.label}”</li>)}</ul>],
        ['Explained on', formatDate(fields.explainedOn)],
        ['Explained by', fields.explainedBy],
        ['Understood', fields.acknowledgement === 'signed-on-screen' ? 'Signed on screen' : `Said so out loud, witnessed by ${fields.witnessName}`],
        ['Go over them again by', formatDate(fields.nextReviewDate)],
        ['Notes', fields.notes],
        ['The agency', AGENCY_RECOVERY_STATEMENT],
      ]}
    />
  );
}

export function ConfidentialityTab({ personId, personName, peerName }: { personId: string; personName: string; peerName: string }) {
  const vault = useVault();
  const { versions, error, reload } = useDocuments<Fields>(personId, 'confidentiality-disclosure');
  const { run, busy, error: startError } = useAction();
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label="Opening" />;
  const [current] = seriesOf(versions);

  if (!current) {
    const today = localToday();
    return (
      <div>
        <p>
          Before anything else, go over the limits of confidentiality with {personName}: what stays between you, and the
          few times you may have to say something.
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
                limitsExplained: CONFIDENTIALITY_LIMITS.map((limit) => limit.id),
                explainedOn: today,
                explainedBy: peerName,
                acknowledgement: 'signed-on-screen',
                witnessName: '',
                nextReviewDate: addMonths(today, SUGGESTED_LIMITS_REVIEW_MONTHS),
                notes: '',
              };
              await vault('documents.saveDraft', { personId, kind: 'confidentiality-disclosure', id: null, fields });
              reload();
            })
          }
        >
          Go over the limits together
        </button>
      </div>
    );
  }

  return (
    <DocumentSeries<Fields>
      kind="confidentiality-disclosure"
      personId={personId}
      title="Limits of confidentiality"
      versions={current}
      Editor={LimitsEditor}
      View={LimitsView}
      missing={confidentialityMissing}
      signerLabel="Name of the person signing"
      defaultSigner={personName}
      onChanged={reload}
    />
  );
}
