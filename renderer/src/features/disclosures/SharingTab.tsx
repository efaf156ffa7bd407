/**
 * Sharing information about a person, and the accounting of every time it happened. Sharing is
 * recorded only under a release that is active and covers who receives it and why.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISCLOSURE_METHODS,
  PART2_REDISCLOSURE_NOTICE,
  type DisclosureEntryFields,
  type DisclosureMethod,
} from '@shared/records/disclosure-log';
import { releaseStatus, type ReleaseFields } from '@shared/records/release';
import { latestVersions } from '@shared/records/signed-versions';
import { useVault } from '../../ui/contexts';
import { Form, Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { localToday } from '../../vault/clock';
import type { DocumentVersion } from '../documents/worker/document-handlers';
import { useDocuments } from '../documents/use-documents';
import { useDates } from '../../i18n/use-dates';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { RecordFileForm } from './RecordFileForm';
import { startingForm, withRelease, type SharingForm } from './sharing-form';

export function SharingTab({ personId, personName }: { personId: string; personName: string }) {
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const releases = useDocuments<ReleaseFields>(personId, 'release');
  const [entries, setEntries] = useState<DocumentVersion<DisclosureEntryFields>[] | null>(null);
  const draftKey = `sharing/${personId}/new`;
  const kept = useKeptDraft<SharingForm>(draftKey);
  // Null while untouched: the form is then where it starts from the releases (startingForm).
  const [touched, setForm] = useState<SharingForm | null>(kept?.values ?? null);
  useDraft({ key: draftKey, place: { screen: 'people', personId, tab: 'sharing' }, values: touched, changed: touched !== null });
  const [recorded, setRecorded] = useState(false);
  const { run, busy, error } = useAction();

  const reload = useCallback(() => void vault('disclosures.list', { personId }).then(setEntries), [vault, personId]);
  useEffect(reload, [reload]);
  if (!releases.versions || !entries) return <Working label={t('sharing.opening')} />;

  const today = localToday();
  const choices = latestVersions(releases.versions);
  const form = touched ?? startingForm(choices, today);
  const chosen = choices.find((release) => release.id === form.releaseId);
  const designations =
    chosen?.fields.recipients.filter((recipient) => recipient.isGeneralDesignation).map((recipient) => recipient.name) ?? [];
  const set =
    <K extends keyof typeof form>(key: K) =>
    (value: (typeof form)[K]) => {
      setRecorded(false);
      setForm({ ...form, [key]: value });
    };
  const chooseRelease = (id: string) => {
    setRecorded(false);
    setForm(
      withRelease(
        form,
        choices.find((release) => release.id === id),
      ),
    );
  };

  return (
    <div>
      <Form
        className="sharing-form"
        aria-labelledby="share-heading"
        onSubmit={() => {
          void run(async () => {
            await vault('disclosures.record', { personId, entry: { ...form, releaseId: form.releaseId || undefined } });
            setForm(null);
            setRecorded(true);
            reload();
          });
        }}
      >
        <h2 id="share-heading">{t('sharing.title')}</h2>
        {kept && touched && <KeptDraftLine keptAt={kept.keptAt} />}
        <div className="field">
          <label htmlFor="share-release">{t('sharing.release')}</label>
          <select id="share-release" value={form.releaseId} onChange={(event) => chooseRelease(event.target.value)}>
            <option value="">{t('sharing.chooseRelease')}</option>
            {choices.map((release) => (
              <option key={release.id} value={release.id}>
                {t('sharing.releaseChoice', {
                  recipients: release.fields.recipients.map((r) => r.name).join(', ') || t('sharing.unnamed'),
                  purpose: release.fields.purpose || t('sharing.noPurpose'),
                  status: t(`releases.status.${releaseStatus(release.fields, today)}`),
                })}
              </option>
            ))}
          </select>
        </div>
        <div className="grid-2">
          <TextField label={t('sharing.sharedWith')} value={form.sharedWith} onChange={set('sharedWith')} />
          <TextField label={t('sharing.sharedOn')} type="date" value={form.sharedOn} onChange={set('sharedOn')} />
        </div>
        {designations.length > 0 && (
          <div className="field">
            <label htmlFor="share-designation">{t('sharing.group')}</label>
            <select
              id="share-designation"
              value={form.sharedWithinDesignation}
              onChange={(event) => set('sharedWithinDesignation')(event.target.value)}
            >
              <option value="">{t('sharing.notInGroup')}</option>
              {designations.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextField label={t('sharing.purpose')} value={form.purpose} onChange={set('purpose')} />
        <TextArea label={t('sharing.whatWasShared')} value={form.whatWasShared} onChange={set('whatWasShared')} />
        <div className="field">
          <label htmlFor="share-method">{t('sharing.method')}</label>
          <select id="share-method" value={form.method} onChange={(event) => set('method')(event.target.value as DisclosureMethod)}>
            {DISCLOSURE_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`sharing.methods.${method}`)}
              </option>
            ))}
          </select>
        </div>
        <details className="notice-text">
          <summary>{t('sharing.notice')}</summary>
          <p>{PART2_REDISCLOSURE_NOTICE}</p>
        </details>
        {error && <Notice tone="error">{error}</Notice>}
        {recorded && <Notice tone="success">{t('sharing.recorded')}</Notice>}
        <button type="submit" className="primary" disabled={busy}>
          {t('sharing.record')}
        </button>
      </Form>

      <RecordFileForm personId={personId} personName={personName} onShared={reload} />
      <h3>{t('sharing.accounting')}</h3>
      {entries.length === 0 ? (
        <p className="empty">{t('sharing.empty')}</p>
      ) : (
        <table className="log">
          <caption className="visually-hidden">{t('sharing.caption')}</caption>
          <thead>
            <tr>
              <th>{t('sharing.columns.date')}</th>
              <th>{t('sharing.columns.with')}</th>
              <th>{t('sharing.columns.what')}</th>
              <th>{t('sharing.columns.why')}</th>
              <th>{t('sharing.columns.how')}</th>
              <th>{t('sharing.columns.under')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ id, fields }) => (
              <tr key={id}>
                <td>{dates.date(fields.sharedOn)}</td>
                <td>
                  {fields.sharedWith}
                  {fields.sharedWithinDesignation && ` (${fields.sharedWithinDesignation})`}
                </td>
                <td>{fields.whatWasShared}</td>
                <td>{fields.purpose}</td>
                <td>{t(`sharing.methods.${fields.method}`)}</td>
                <td>{t('sharing.under', { version: fields.releaseVersion })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
