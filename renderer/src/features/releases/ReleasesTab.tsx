/**
 * Releases of information (42 CFR §2.31): what the person agrees may be shared, with whom, why
 * and until when. A release is active only when every element is there and it is signed; its
 * status is worked out from today each time it is shown.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  HIPAA_REDISCLOSURE_STATEMENT,
  missingBeforeSigning,
  releaseEndsOn,
  releaseStatus,
  type Expiration,
  type ReleaseFields,
} from '@shared/records/release';
import { AGENCY_RECOVERY_STATEMENT } from '@shared/records/confidentiality';
import { useMessage } from '../../i18n/use-message';
import { firstVersionFields } from '@shared/records/signed-versions';
import { useVault } from '../../ui/contexts';
import { useAgencyCanRecover } from '../../ui/use-agency-can-recover';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { CheckBox, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { ReadOnlyFields } from '../../ui/ReadOnly';
import { localToday } from '../../vault/clock';
import { DocumentSeries } from '../documents/DocumentSeries';
import type { DocumentVersion } from '../documents/worker/document-handlers';
import { seriesOf, useDocuments } from '../documents/use-documents';
import { useDates } from '../../i18n/use-dates';

function ExpirationFields({ value, onChange }: { value: Expiration | null; onChange(value: Expiration): void }) {
  const { t } = useTranslation();
  const kind = value?.kind ?? 'date';
  return (
    <fieldset>
      <legend>{t('releases.ending.legend')}</legend>
      <div className="row" role="radiogroup" aria-label={t('releases.ending.choices')}>
        {(['date', 'event', 'condition'] as const).map((option) => (
          <label key={option} className="radio">
            <input
              type="radio"
              name="expiration-kind"
              checked={kind === option}
              onChange={() => onChange(option === 'date' ? { kind: 'date', date: '' } : { kind: option, description: '' })}
            />{' '}
            {t(`releases.ending.${option}`)}
          </label>
        ))}
      </div>
      {kind === 'date' ? (
        <TextField
          label={t('releases.ending.endsOn')}
          type="date"
          value={value?.kind === 'date' ? value.date : ''}
          onChange={(date) => onChange({ kind: 'date', date })}
        />
      ) : (
        <TextField
          label={kind === 'event' ? t('releases.ending.endsWhen') : t('releases.ending.endsOnce')}
          value={value && value.kind !== 'date' ? value.description : ''}
          onChange={(description) => onChange({ kind, description })}
          placeholder={kind === 'event' ? t('releases.ending.eventExample') : t('releases.ending.conditionExample')}
        />
      )}
    </fieldset>
  );
}

function ReleaseEditor({ value, onChange }: { value: ReleaseFields; onChange(value: ReleaseFields): void }) {
  const { t } = useTranslation();
  const message = useMessage();
  const agencyCanRecover = useAgencyCanRecover();
  const set =
    <K extends keyof ReleaseFields>(key: K) =>
    (next: ReleaseFields[K]) =>
      onChange({ ...value, [key]: next });
  const setRecipient = (index: number, change: Partial<ReleaseFields['recipients'][number]>) =>
    set('recipients')(value.recipients.map((recipient, i) => (i === index ? { ...recipient, ...change } : recipient)));
  return (
    <div className="document-editor">
      <div className="grid-2">
        <TextField label={t('releases.editor.personName')} value={value.personName} onChange={set('personName')} />
        <TextField label={t('releases.editor.discloser')} value={value.discloser} onChange={set('discloser')} />
      </div>
      <TextArea label={t('releases.editor.information')} value={value.informationToDisclose} onChange={set('informationToDisclose')} />
      <fieldset>
        <legend>{t('releases.editor.recipients')}</legend>
        {value.recipients.map((recipient, index) => (
          <div key={index} className="row">
            <TextField
              label={t('releases.editor.recipient', { number: index + 1 })}
              value={recipient.name}
              onChange={(name) => setRecipient(index, { name })}
            />
            <CheckBox
              label={t('releases.editor.generalGroup')}
              checked={recipient.isGeneralDesignation}
              onChange={(isGeneralDesignation) => setRecipient(index, { isGeneralDesignation })}
            />
            <button type="button" onClick={() => set('recipients')(value.recipients.filter((_, i) => i !== index))}>
              {t('releases.editor.removeRecipient', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => set('recipients')([...value.recipients, { name: '', isGeneralDesignation: false }])}>
          {t('releases.editor.addRecipient')}
        </button>
      </fieldset>
      <TextArea label={t('releases.editor.purpose')} value={value.purpose} onChange={set('purpose')} />
      <CheckBox
        label={t('releases.editor.atTheirRequest')}
        checked={value.purposeIsPatientRequest}
        onChange={set('purposeIsPatientRequest')}
      />
      <fieldset>
        <legend>{t('releases.editor.takingBack')}</legend>
        <CheckBox
          label={t('releases.editor.rightToRevoke')}
          checked={value.rightToRevokeExplained}
          onChange={set('rightToRevokeExplained')}
        />
        <TextField
          label={t('releases.editor.howToRevoke')}
          value={value.revocationHow}
          onChange={set('revocationHow')}
          placeholder={t('releases.editor.howToRevokeExample')}
        />
      </fieldset>
      <ExpirationFields value={value.expiration} onChange={set('expiration')} />
      <fieldset>
        <legend>{t('releases.editor.tpo')}</legend>
        <CheckBox label={t('releases.editor.isTpo')} checked={value.isTpoConsent} onChange={set('isTpoConsent')} />
        {value.isTpoConsent && (
          <>
            <TextArea
              label={t('releases.editor.hipaaStatement')}
              value={value.hipaaRedisclosureStatement}
              onChange={set('hipaaRedisclosureStatement')}
            />
            <button type="button" onClick={() => set('hipaaRedisclosureStatement')(HIPAA_REDISCLOSURE_STATEMENT)}>
              {t('releases.editor.standardWording')}
            </button>
          </>
        )}
      </fieldset>
      <CheckBox
        label={t('releases.editor.guardianMustSign')}
        checked={value.requiresGuardianSignature}
        onChange={set('requiresGuardianSignature')}
      />
      {value.requiresGuardianSignature && (
        <TextField label={t('releases.editor.guardianName')} value={value.guardianName} onChange={set('guardianName')} />
      )}
      {agencyCanRecover && <p className="agency-note">{message(AGENCY_RECOVERY_STATEMENT)}</p>}
    </div>
  );
}

function ReleaseView({ fields }: { fields: ReleaseFields }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { expiration, eventOccurredOn, revocation } = fields;
  const ends = !expiration
    ? ''
    : expiration.kind === 'date'
      ? dates.date(expiration.date)
      : eventOccurredOn
        ? t('releases.view.eventHappened', { description: expiration.description, date: dates.date(eventOccurredOn) })
        : expiration.description;
  return (
    <ReadOnlyFields
      items={[
        [t('releases.view.person'), fields.personName],
        [t('releases.view.discloser'), fields.discloser],
        [t('releases.view.information'), fields.informationToDisclose],
        [t('releases.view.recipients'), fields.recipients.map((r) => r.name).join('; ')],
        [t('releases.view.purpose'), fields.purpose || (fields.purposeIsPatientRequest ? t('releases.view.atTheirRequest') : '')],
        [t('releases.view.takingBack'), fields.rightToRevokeExplained ? t('releases.view.explained', { how: fields.revocationHow }) : ''],
        [t('releases.view.ends'), ends],
        [t('releases.view.hipaa'), fields.isTpoConsent ? fields.hipaaRedisclosureStatement : ''],
        [t('releases.view.guardian'), fields.requiresGuardianSignature ? fields.guardianName : ''],
        [
          t('releases.view.takenBack'),
          revocation
            ? t('releases.view.takenBackOn', {
                date: dates.date(revocation.revokedOn),
                how: revocation.receivedHow,
                notes: revocation.notes,
              })
            : '',
        ],
      ]}
    />
  );
}

interface RevocationDraft {
  revokedOn: string;
  receivedHow: string;
  notes: string;
}

function RevokeOrEnd({ personId, latest, onChanged }: { personId: string; latest: DocumentVersion<ReleaseFields>; onChanged(): void }) {
  const vault = useVault();
  const { t } = useTranslation();
  const draftKey = `revocation/${latest.id}`;
  const kept = useKeptDraft<RevocationDraft>(draftKey);
  const [open, setOpen] = useState<'revoke' | 'ending' | null>(kept ? 'revoke' : null);
  const [revokedOn, setRevokedOn] = useState(kept?.values.revokedOn ?? localToday());
  const [receivedHow, setReceivedHow] = useState<string>(() => kept?.values.receivedHow ?? t('releases.afterSigning.receivedHowDefault'));
  const [notes, setNotes] = useState(kept?.values.notes ?? '');
  const [occurredOn, setOccurredOn] = useState(localToday());
  const draft = useMemo((): RevocationDraft => ({ revokedOn, receivedHow, notes }), [revokedOn, receivedHow, notes]);
  useDraft({
    key: draftKey,
    place: { screen: 'people', personId, tab: 'releases' },
    values: draft,
    changed: open === 'revoke' && notes !== '' && !latest.fields.revocation,
  });
  const { run, busy, error } = useAction();
  if (latest.fields.revocation) return null;
  const endsOnEvent = latest.fields.expiration && latest.fields.expiration.kind !== 'date' && !latest.fields.eventOccurredOn;

  return (
    <>
      <button type="button" onClick={() => setOpen(open === 'revoke' ? null : 'revoke')}>
        {t('releases.afterSigning.revoke')}
      </button>
      {endsOnEvent && (
        <button type="button" onClick={() => setOpen(open === 'ending' ? null : 'ending')}>
          {t('releases.afterSigning.endingHappened')}
        </button>
      )}
      {open === 'revoke' && (
        <fieldset className="inline-form">
          <legend>{t('releases.afterSigning.revokeLegend')}</legend>
          {kept && <KeptDraftLine keptAt={kept.keptAt} />}
          <TextField label={t('releases.afterSigning.revokedOn')} type="date" value={revokedOn} onChange={setRevokedOn} />
          <TextField label={t('releases.afterSigning.receivedHow')} value={receivedHow} onChange={setReceivedHow} />
          <TextArea label={t('releases.afterSigning.notes')} value={notes} onChange={setNotes} />
          {error && <Notice tone="error">{error}</Notice>}
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await vault('releases.revoke', { id: latest.id, revocation: { revokedOn, receivedHow, notes } });
                onChanged();
              })
            }
          >
            {t('releases.afterSigning.recordRevocation')}
          </button>
        </fieldset>
      )}
      {open === 'ending' && (
        <fieldset className="inline-form">
          <legend>{t('releases.afterSigning.endingLegend')}</legend>
          <TextField label={t('releases.afterSigning.occurredOn')} type="date" value={occurredOn} onChange={setOccurredOn} />
          {error && <Notice tone="error">{error}</Notice>}
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                await vault('releases.recordEnding', { id: latest.id, occurredOn });
                onChanged();
              })
            }
          >
            {t('releases.afterSigning.recordEnding')}
          </button>
        </fieldset>
      )}
    </>
  );
}

export function ReleasesTab({ personId, personName, peerName }: { personId: string; personName: string; peerName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const { versions, error, reload } = useDocuments<ReleaseFields>(personId, 'release');
  const [openSeries, setOpenSeries] = useState<string | null>(null);
  const { run, busy, error: startError } = useAction();
  if (error) return <Notice tone="error">{error}</Notice>;
  if (!versions) return <Working label={t('releases.opening')} />;
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
              const fields = {
                ...firstVersionFields(),
                personName,
                discloser: peerName,
                recipients: [{ name: '', isGeneralDesignation: false }],
              };
              const created = await vault('documents.saveDraft', { personId, kind: 'release', id: null, fields });
              setOpenSeries(String(created.fields.seriesId));
              reload();
            })
          }
        >
          {t('releases.start')}
        </button>
      </div>
      {startError && <Notice tone="error">{startError}</Notice>}
      {series.length === 0 && <p className="empty">{t('releases.none', { name: personName })}</p>}
      <ul className="release-list" aria-label={t('releases.list')}>
        {series.map((versionsOfOne) => {
          const latest = versionsOfOne.reduce((a, b) => (b.fields.version > a.fields.version ? b : a));
          const status = releaseStatus(latest.fields, today);
          const ends = releaseEndsOn(latest.fields);
          return (
            <li key={latest.fields.seriesId}>
              <button
                type="button"
                className="release-row"
                aria-expanded={openSeries === latest.fields.seriesId}
                onClick={() => setOpenSeries(openSeries === latest.fields.seriesId ? null : latest.fields.seriesId)}
              >
                <span>
                  {latest.fields.recipients
                    .map((r) => r.name)
                    .filter(Boolean)
                    .join(', ') || t('releases.unnamed')}
                  : {latest.fields.purpose || t('releases.noPurpose')}
                </span>
                <span className={`chip status-${status}`}>
                  {ends && status !== 'revoked'
                    ? t('releases.statusEnds', { status: t(`releases.status.${status}`), date: dates.date(ends) })
                    : t(`releases.status.${status}`)}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {selected && (
        <DocumentSeries
          kind="release"
          personId={personId}
          title={t('releases.title')}
          versions={selected}
          Editor={ReleaseEditor}
          View={ReleaseView}
          missing={(fields) => missingBeforeSigning(fields).map((missing) => missing.message)}
          SignedActions={RevokeOrEnd}
          signerLabel={t('documents.personSigning')}
          defaultSigner={personName}
          onChanged={reload}
        />
      )}
    </div>
  );
}
