/**
 * The community-resource directory: places the peer and the people they support look up
 * together, offline. An agency's list comes in from a CSV file and goes out as one, through the
 * host's dialogs (the page never names a path).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceKind } from '@shared/records/resource';
import { findResources } from '@shared/records/resource-directory';
import { useHost, useVault } from '../../ui/contexts';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { Notice, SelectField, TextField, Working, useAction, WordedError } from '../../ui/form';
import { ResourceForm, resourceDraftKey, useKindOptions } from './ResourceForm';
import type { Resource, ResourceImport } from './worker/resource-handlers';
import { useKeptDraft } from '../../ui/use-draft';

type Editing = { resource: Resource | null } | null;

function ImportResult({ name, result }: { name: string; result: ResourceImport }) {
  const { t } = useTranslation();
  const message = useMessage();
  return (
    <>
      <Notice tone="success">
        {t('resources.csv.imported', { name, added: result.added, updated: result.updated, unchanged: result.unchanged })}
      </Notice>
      {result.problems.length > 0 && (
        <div className="checklist" role="alert">
          <p>{t('resources.csv.problemsIntro')}</p>
          <ul aria-label={t('resources.csv.problems')}>
            {result.problems.map(({ row, messages: said }) => (
              <li key={row}>{t('resources.csv.problem', { row, message: message(said) })}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function ResourceEntry({ resource, onEdit }: { resource: Resource; onEdit(): void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const { name, kind, address, hours, phone, notes, lastVerified } = resource.fields;
  return (
    <li className="resource">
      <div className="resource-head">
        <h2>{name}</h2>
        <span className="chip">{t(`resources.kinds.${kind}`)}</span>
      </div>
      {address && <p>{address}</p>}
      {phone && <p>{t('resources.directory.phone', { phone })}</p>}
      {hours && <p>{t('resources.directory.hours', { hours })}</p>}
      {notes && <p className="resource-notes">{notes}</p>}
      {lastVerified && <p className="hint">{t('resources.directory.lastVerified', { date: dates.date(lastVerified) })}</p>}
      <button type="button" aria-label={t('resources.form.editTitle', { name })} onClick={onEdit}>
        {t('resources.directory.edit')}
      </button>
    </li>
  );
}

export function ResourcesScreen() {
  const vault = useVault();
  const host = useHost();
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const [directory, setDirectory] = useState<Resource[] | null>(null);
  const [kind, setKind] = useState<ResourceKind | 'all'>('all');
  const [words, setWords] = useState('');
  // A new place being written when the notebook locked: its form opens again (corrections to a
  // place reopen when that place is opened).
  const newKept = useKeptDraft(resourceDraftKey(null)) !== null;
  const [editing, setEditing] = useState<Editing>(newKept ? { resource: null } : null);
  const [said, setSaid] = useState<string | null>(null);
  const [imported, setImported] = useState<{ name: string; result: ResourceImport } | null>(null);
  const { run, busy, error } = useAction();

  const reload = useCallback(() => void vault('resources.list').then(setDirectory), [vault]);
  useEffect(reload, [reload]);

  const fileFailed = () => {
    throw new WordedError(t('resources.csv.failed'));
  };
  const startOver = () => {
    setSaid(null);
    setImported(null);
  };

  const importList = () => {
    startOver();
    void run(async () => {
      const opened = await host.openResourceList().catch(fileFailed);
      if (!opened.ok) throw new WordedError(t(`resources.csv.openProblems.${opened.problem}`));
      if (!opened.opened) return;
      setImported({ name: opened.name, result: await vault('resources.import', { csv: opened.text }) });
      reload();
    });
  };

  const saveList = () => {
    startOver();
    void run(async () => {
      const outcome = await host.saveResourceList(await vault('resources.export')).catch(fileFailed);
      if (!outcome.ok) throw new WordedError(t(`resources.csv.saveProblems.${outcome.problem}`));
      if (outcome.saved) setSaid(t('resources.csv.saved', { name: outcome.name }));
    });
  };

  if (editing) {
    return (
      <ResourceForm
        resource={editing.resource}
        newKind={kind === 'all' ? 'other' : kind}
        onDone={(doneSaying) => {
          setEditing(null);
          setSaid(doneSaying);
          reload();
        }}
        onCancel={() => setEditing(null)}
      />
    );
  }

  const shown = directory && findResources(directory, { kind, words });
  return (
    <section aria-labelledby="resources-heading" className="resources">
      <div className="section-head">
        <h1 id="resources-heading">{t('resources.directory.title')}</h1>
        <button
          type="button"
          className="primary"
          onClick={() => {
            startOver();
            setEditing({ resource: null });
          }}
        >
          {t('resources.directory.add')}
        </button>
      </div>
      <p className="hint">{t('resources.directory.intro')}</p>
      <div className="row">
        <button type="button" onClick={importList} disabled={busy}>
          {t('resources.csv.import')}
        </button>
        <button type="button" onClick={saveList} disabled={busy || !directory?.length}>
          {t('resources.csv.export')}
        </button>
      </div>
      {busy && <Working label={t('resources.csv.working')} />}
      {error && <Notice tone="error">{error}</Notice>}
      {said && <Notice tone="success">{said}</Notice>}
      {imported && <ImportResult {...imported} />}
      {!shown ? (
        <Working label={t('resources.directory.opening')} />
      ) : directory!.length === 0 ? (
        <p className="empty">{t('resources.directory.empty')}</p>
      ) : (
        <>
          <div className="row align-end resource-filters">
            <SelectField<ResourceKind | 'all'>
              label={t('resources.directory.kind')}
              value={kind}
              options={[{ value: 'all', label: t('resources.directory.allKinds') }, ...kindOptions]}
              onChange={setKind}
            />
            <TextField label={t('resources.directory.words')} type="search" value={words} onChange={setWords} />
          </div>
          {shown.length === 0 && <p className="empty">{t('resources.directory.noneMatch')}</p>}
          <ul className="resource-list" aria-label={t('resources.directory.list')}>
            {shown.map((resource) => (
              <ResourceEntry
                key={resource.id}
                resource={resource}
                onEdit={() => {
                  startOver();
                  setEditing({ resource });
                }}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
