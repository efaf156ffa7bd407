/**
 * Releases of information (42 CFR §2.31): what the person agrees may be shared, with whom, why
 * and until when. A release is active only when every element is there and it is signed; its
 * status is worked out from today each time it is shown.
 */
import { useState } from 'react';
import { formatDate } from '@shared/records/dates';
import {
  HIPAA_REDISCLOSURE_STATEMENT,
  missingBeforeSigning,
  releaseEndsOn,
  releaseStatus,
  type Expiration,
  type ReleaseFields,
  type ReleaseStatus,
} from '@shared/records/release';
import { AGENCY_RECOVERY_STATEMENT } from '@shared/records/confidentiality';
import { firstVersionFields } from '@shared/records/signed-versions';
import { useVault } from '../../app/contexts';
import { CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/today';
import { DocumentSeries } from '../documents/DocumentSeries';
import type { DocumentVersion } from '../documents/document-handlers';
import { seriesOf, useDocuments } from '../documents/use-documents';

export const STATUS_WORDS: Record<ReleaseStatus, string> = { draft: 'Draft', active: 'Active', expired: 'Ended', revoked: 'Taken back' };

function ExpirationFields({ value, onChange }: { value: Expiration | null; onChange(value: Expiration): void }) {
  const kind = value?.kind ?? 'date';
  return (
    <fieldset>
      <legend>When it ends</legend>
      <div className="row" role="radiogroup" aria-label="It ends">
        {(['date', 'event', 'condition'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="expiration-kind"
              checked={kind === option}
              onChange={() => onChange(option === 'date' ? { kind: 'date', date: '' } : { kind: option, description: '' })}
            />{' '}
            {option === 'date' ? 'On a date' : option === 'event' ? 'When something happens' : 'When a condition is met'}
          </label>
        ))}
      </div>
      {kind === 'date' ? (
        <TextField label="Ends on" type="date" value={value?.kind === 'date' ? value.date : ''} onChange={(date) => onChange({ kind: 'date', date })} />
      ) : (
        <TextField
          label={kind === 'event' ? 'Ends when' : 'Ends once'}
          value={value && value.kind !== 'date' ? value.description : ''}
          onChange={(description) => onChange({ kind, description })}
          placeholder={kind === 'event' ? 'for example: I finish the housing program' : 'for example: I no longer get services here'}
        />
      )}
    </fieldset>
  );
}

function ReleaseEditor({ value, onChange }: { value: ReleaseFields; onChange(value: ReleaseFields): void }) {
  const set = <K extends keyof ReleaseFields>(key: K) => (next: ReleaseFields[K]) => onChange({ ...value, [key]: next });
  const setRecipient = (index: number, change: Partial<ReleaseFields['recipients'][number]>) =>
    set('recipients')(value.recipients.map((recipient, i) => (i === index ? { ...recipient, ...change } : recipient)));
  return (
    <div className="document-editor">
      <div className="grid-2">
        <TextField label="1. The person's name" value={value.personName} onChange={set('personName')} />
        <TextField label="2. Who may share the information" value={value.discloser} onChange={set('discloser')} />
      </div>
      <TextArea label="3. What information, and how much (be specific)" value={value.informationToDisclose} onChange={set('informationToDisclose')} />
      <fieldset>
        <legend>4. Who may receive it</legend>
        {value.recipients.map((recipient, index) => (
          <div key={index} className="row">
            <TextField label={`Recipient ${index + 1}`} value={recipient.name} onChange={(name) => setRecipient(index, { name })} />
            <CheckBox label="A general group (like “my treating providers”)" checked={recipient.isGeneralDesignation} onChange={(isGeneralDesignation) => setRecipient(index, { isGeneralDesignation })} />
            <button type="button" onClick={() => set('recipients')(value.recipients.filter((_, i) => i !== index))}>Remove recipient {index + 1}</button>
          </div>
        ))}
        <button type="button" onClick={() => set('recipients')([...value.recipients, { name: '', isGeneralDesignation: false }])}>Add a recipient</button>
      </fieldset>
      <TextArea label="5. Why (the purpose)" value={value.purpose} onChange={set('purpose')} />
      <CheckBox label="It is shared at the person's own request" checked={value.purposeIsPatientRequest} onChange={set('purposeIsPatientRequest')} />
      <fieldset>
        <legend>6. Taking it back</legend>
        <CheckBox
          label="I explained they can take this back at any time, in writing, except for what was already shared"
          checked={value.rightToRevokeExplained}
          onChange={set('rightToRevokeExplained')}
        />
        <TextField label="How to take it back" value={value.revocationHow} onChange={set('revocationHow')} placeholder="for example: tell or write to me or the program office" />
      </fieldset>
      <ExpirationFields value={value.expiration} onChange={set('expiration')} />
      <fieldset>
        <legend>9. For treatment, payment and health care operations</legend>
        <CheckBox label="This release is for treatment, payment and health care operations" checked={value.isTpoConsent} onChange={set('isTpoConsent')} />
        {value.isTpoConsent && (
          <>
            <TextArea label="Statement on sharing again under HIPAA" value={value.hipaaRedisclosureStatement} onChange={set('hipaaRedisclosureStatement')} />
            <button type="button" onClick={() => set('hipaaRedisclosureStatement')(HIPAA_REDISCLOSURE_STATEMENT)}>Use the standard wording</button>
          </>
        )}
      </fieldset>
      <CheckBox label="A parent or guardian must sign too" checked={value.requiresGuardianSignature} onChange={set('requiresGuardianSignature')} />
      {value.requiresGuardianSignature && <TextField label="Parent or guardian's name" value={value.guardianName} onChange={set('guardianName')} />}
      <p className="agency-note">{AGENCY_RECOVERY_STATEMENT}</p>
    </div>
  );
}

const endsText = (fields: ReleaseFields) =>
  !fields.expiration ? '' : fields.expiration.kind === 'date' ? formatDate(fields.expiration.date) : `${fields.expiration.description}${fields.eventOccurredOn ? ` (happened ${formatDate(fields.eventOccurredOn)})` : ''}`;

function ReleaseView({ fields }: { fields: ReleaseFields }) {
  return (
    <ReadOnlyFields
      items={[
        ['Person', fields.personName],
        ['Who may share', fields.discloser],
        ['What may be shared', fields.informationToDisclose],
        ['With', fields.recipients.map((r) => r.name).join('; ')],
        ['Why', fields.purpose || (fields.purposeIsPatientRequest ? 'At the request of the person' : '')],
        ['Taking it back', fields.rightToRevokeExplained ? `Explained. ${fields.revocationHow}` : ''],
        ['Ends', endsText(fields)],
        ['Sharing again under HIPAA', fields.isTpoConsent ? fields.hipaaRedisclosureStatement : ''],
        ['Parent or guardian', fields.requiresGuardianSignature ? fields.guardianName : ''],
        ['Taken back', fields.revocation ? `On ${formatDate(fields.revocation.revokedOn)}, ${fields.revocation.receivedHow}. ${fields.revocation.notes}` : ''],
      ]}
    />
  );
}

function RevokeOrEnd({ latest, onChanged }: { latest: DocumentVersion<ReleaseFields>; onChanged(): void }) {
  const vault = useVault();
  const [open, setOpen] = useState<'revoke' | 'ending' | null>(null);
  const [revokedOn, setRevokedOn] = useState(localToday());
  const [receivedHow, setReceivedHow] = useState('in writing');
  const [notes, setNotes] = useState('');
  const [occurredOn, setOccurredOn] = useState(localToday());
  const { run, busy, error } = useAction();
  if (latest.fields.revocation) return null;
  const endsOnEvent = latest.fields.expiration && latest.fields.expiration.kind !== 'date' && !latest.fields.eventOccurredOn;

  return (
    <>
      <button type="button" onClick={() => setOpen(open === 'revoke' ? null : 'revoke')}>They want to take it back</button>
      {endsOnEvent && <button type="button" onClick={() => setOpen(open === 'ending' ? null : 'ending')}>The ending has happened</button>}
      {open === 'revoke' && (
        <fieldset className="inline-form">
          <legend>Taking the release back</legend>
          <TextField label="Taken back on" type="date" value={revokedOn} onChange={setRevokedOn} />
          <TextField label="How they told you" value={receivedHow} onChange={setReceivedHow} />
          <TextArea label="Notes about taking it back" value={notes} onChange={setNotes} />
          {error && <Notice tone="error">{error}</Notice>}
          <button type="button" className="primary" disabled={busy} onClick={() => void run(async () => { await vault('releases.revoke', { id: latest.id, revocation: { revokedOn, receivedHow, notes } }); onChanged(); })}>
            Record that it was taken back
          </button>
        </fieldset>
      )}
      {open === 'ending' && (
        <fieldset className="inline-form">
          <legend>The ending happened</legend>
          <TextField label="It happened on" type="date" value={occurredOn} onChange={setOccurredOn} />
          {error && <Notice tone="error">{error}</Notice>}
          <button type="button" className="primary" disabled={busy} onClick={() => void run(async () => { await vault('releases.recordEnding', { id: latest.id, occurredOn }); onChanged(); })}>
            Record the ending
          </button>
        </fieldset>
      )}
    </>
  );
}

export function ReleasesTab({ personId, personName, peerName }: { personId: string; personName: string; peerName: string }) {
  const vault = useVault();
  const { versions, error, reload } = useDocuments<ReleaseFields>(personId, 'release');
  const [openSeries, setOpenSeries] = useState<string | null>(null);
  const { run, busy, error: startError } = useAction();
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label="Opening releases" />;
  const today = localToday();
  const series = seriesOf(versions);
  const selected = series.find((versionsOfOne) => versionsOfOne[0]!.fields.seriesId === openSeries);

  return (
    <div>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const fields = { ...firstVersionFields(), personName, discloser: peerName, recipients: [{ name: '', isGeneralDesignation: false }] };
              const created = await vault('documents.saveDraft', { personId, kind: 'release', id: null, fields });
              setOpenSeries(String(created.fields.seriesId));
              reload();
            })
          }
        >
          Start a new release
        </button>
      </div>
      {startError && <Notice tone="error">{startError}</Notice>}
      {series.length === 0 && <p className="empty">No releases yet. Nothing about {personName} can be shared until they sign one.</p>}
      <ul className="release-list" aria-label="Releases">
        {series.map((versionsOfOne) => {
          const latest = versionsOfOne.reduce((a, b) => (b.fields.version > a.fields.version ? b : a));
          const status = releaseStatus(latest.fields, today);
          const ends = releaseEndsOn(latest.fields);
          return (
            <li key={latest.fields.seriesId}>
              <button type="button" className="release-row" aria-expanded={openSeries === latest.fields.seriesId} onClick={() => setOpenSeries(openSeries === latest.fields.seriesId ? null : latest.fields.seriesId)}>
                <span>{latest.fields.recipients.map((r) => r.name).filter(Boolean).join(', ') || 'New release'}: {latest.fields.purpose || '(purpose not written yet)'}</span>
                <span className={`chip status-${status}`}>{STATUS_WORDS[status]}{ends && status !== 'revoked' ? `, ends ${formatDate(ends)}` : ''}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {selected && (
        <DocumentSeries
          kind="release"
          personId={personId}
          title="Release of information"
          versions={selected}
          Editor={ReleaseEditor}
          View={ReleaseView}
          missing={(fields) => missingBeforeSigning(fields).map((missing) => missing.message)}
          SignedActions={RevokeOrEnd}
          signerLabel="Name of the person signing"
          defaultSigner={personName}
          onChanged={reload}
        />
      )}
    </div>
  );
}
