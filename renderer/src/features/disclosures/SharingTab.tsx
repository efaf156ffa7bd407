/**
 * Sharing information about a person, and the accounting of every time it happened. Sharing is
 * recorded only under a release that is active and covers who receives it and why.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatDate } from '@shared/records/dates';
import { DISCLOSURE_METHODS, PART2_REDISCLOSURE_NOTICE, type DisclosureEntryFields, type DisclosureMethod } from '@shared/records/disclosure-log';
import { releaseStatus, type ReleaseFields } from '@shared/records/release';
import { latestVersions } from '@shared/records/signed-versions';
import { useVault } from '../../app/contexts';
import { Notice, TextArea, TextField, Working, useAction } from '../../ui/form';
import { localToday } from '../../vault/today';
import type { DocumentVersion } from '../documents/document-handlers';
import { useDocuments } from '../documents/use-documents';
import { STATUS_WORDS } from '../releases/ReleasesTab';

const METHOD_WORDS: Record<DisclosureMethod, string> = { phone: 'By phone', 'in-person': 'In person', written: 'In writing', electronic: 'Electronically' };

export function SharingTab({ personId }: { personId: string }) {
  const vault = useVault();
  const releases = useDocuments<ReleaseFields>(personId, 'release');
  const [entries, setEntries] = useState<DocumentVersion<DisclosureEntryFields>[] | null>(null);
  const [form, setForm] = useState({ releaseId: '', sharedWith: '', sharedWithinDesignation: '', purpose: '', whatWasShared: '', sharedOn: localToday(), method: 'phone' as DisclosureMethod });
  const [recorded, setRecorded] = useState(false);
  const { run, busy, error } = useAction();

  const reload = useCallback(() => void vault('disclosures.list', { personId }).then(setEntries), [vault, personId]);
  useEffect(reload, [reload]);
  if (!releases.versions || !entries) return <Working label="Opening the sharing log" />;

  const today = localToday();
  const choices = latestVersions(releases.versions);
  const chosen = choices.find((release) => release.id === form.releaseId);
  const designations = chosen?.fields.recipients.filter((recipient) => recipient.isGeneralDesignation).map((recipient) => recipient.name) ?? [];
  const set = <K extends keyof typeof form>(key: K) => (value: (typeof form)[K]) => {
    setRecorded(false);
    setForm({ ...form, [key]: value });
  };

  return (
    <div>
      <form
        className="sharing-form"
        aria-labelledby="share-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => {
            await vault('disclosures.record', { personId, entry: { ...form, releaseId: form.releaseId || undefined } });
            setForm({ ...form, whatWasShared: '' });
            setRecorded(true);
            reload();
          });
        }}
      >
        <h3 id="share-heading">Record something you shared</h3>
        <div className="field">
          <label htmlFor="share-release">Shared under which release</label>
          <select id="share-release" value={form.releaseId} onChange={(event) => set('releaseId')(event.target.value)}>
            <option value="">Choose a release</option>
            {choices.map((release) => (
              <option key={release.id} value={release.id}>
                {release.fields.recipients.map((r) => r.name).join(', ') || 'Unnamed'}: {release.fields.purpose || '(no purpose)'} ({STATUS_WORDS[releaseStatus(release.fields, today)]})
              </option>
            ))}
          </select>
        </div>
        <div className="grid-2">
          <TextField label="Shared with" value={form.sharedWith} onChange={set('sharedWith')} />
          <TextField label="Date shared" type="date" value={form.sharedOn} onChange={set('sharedOn')} />
        </div>
        {designations.length > 0 && (
          <div className="field">
            <label htmlFor="share-designation">They are one of the release's group</label>
            <select id="share-designation" value={form.sharedWithinDesignation} onChange={(event) => set('sharedWithinDesignation')(event.target.value)}>
              <option value="">No, they are named on the release</option>
              {designations.map((name) => <option key={name} value={name}>{name}</option>)}
            </select>
          </div>
        )}
        <TextField label="Why it was shared" value={form.purpose} onChange={set('purpose')} />
        <TextArea label="What was shared" value={form.whatWasShared} onChange={set('whatWasShared')} />
        <div className="field">
          <label htmlFor="share-method">How it was shared</label>
          <select id="share-method" value={form.method} onChange={(event) => set('method')(event.target.value as DisclosureMethod)}>
            {DISCLOSURE_METHODS.map((method) => <option key={method} value={method}>{METHOD_WORDS[method]}</option>)}
          </select>
        </div>
        <details className="notice-text">
          <summary>The notice that goes with anything shared (42 CFR §2.32)</summary>
          <p>{PART2_REDISCLOSURE_NOTICE}</p>
        </details>
        {error && <Notice tone="error">{error}</Notice>}
        {recorded && <Notice tone="success">Recorded in the sharing log.</Notice>}
        <button type="submit" className="primary" disabled={busy}>Record the sharing</button>
      </form>

      <h3>Accounting of disclosures</h3>
      {entries.length === 0 ? (
        <p className="empty">Nothing has been shared yet.</p>
      ) : (
        <table className="log">
          <caption className="visually-hidden">Every time information was shared, newest first</caption>
          <thead>
            <tr><th>Date</th><th>With</th><th>What</th><th>Why</th><th>How</th><th>Under</th></tr>
          </thead>
          <tbody>
            {entries.map(({ id, fields }) => (
              <tr key={id}>
                <td>{formatDate(fields.sharedOn)}</td>
                <td>{fields.sharedWith}{fields.sharedWithinDesignation && ` (${fields.sharedWithinDesignation})`}</td>
                <td>{fields.whatWasShared}</td>
                <td>{fields.purpose}</td>
                <td>{METHOD_WORDS[fields.method]}</td>
                <td>Release version {fields.releaseVersion}; notice attached</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
