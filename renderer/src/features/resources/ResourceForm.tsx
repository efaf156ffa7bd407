/** Adding a place to the directory, or correcting one: kind, name, where, when, how to reach it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESOURCE_KINDS, type ResourceFields, type ResourceKind } from '@shared/records/resource';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import { Form, Notice, SelectField, TextArea, TextField, useAction } from '../../ui/form';
import type { Resource } from './worker/resource-handlers';

const blank = (kind: ResourceKind): ResourceFields => ({ name: '', kind, address: '', hours: '', phone: '', notes: '', lastVerified: '' });

/** The kinds as a peer reads them, for a choice. */
export function useKindOptions() {
  const { t } = useTranslation();
  return RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`resources.kinds.${kind}`) }));
}

/** A new place, or corrections to one. */
export const resourceDraftKey = (id: string | null) => (id ? `resource/${id}` : 'resource/new');

/** `resource`: the entry to correct, or null for a new one of `newKind`. `onDone` gets what to tell the peer. */
export function ResourceForm({
  resource,
  newKind,
  onDone,
  onCancel,
}: {
  resource: Resource | null;
  newKind: ResourceKind;
  onDone(said: string): void;
  onCancel(): void;
}) {
  const vault = useVault();
  const { t } = useTranslation();
  const kindOptions = useKindOptions();
  const draftKey = resourceDraftKey(resource?.id ?? null);
  const kept = useKeptDraft<ResourceFields>(draftKey);
  const [fields, setFields] = useState<ResourceFields>(kept?.values ?? resource?.fields ?? blank(newKind));
  const [changed, setChanged] = useState(kept !== null);
  useDraft({ key: draftKey, place: { screen: 'resources' }, values: fields, changed });
  const { run, busy, error } = useAction();
  const set =
    <K extends keyof ResourceFields>(key: K) =>
    (value: ResourceFields[K]) => {
      setFields({ ...fields, [key]: value });
      setChanged(true);
    };

  const save = () =>
    void run(async () => {
      const saved = await vault('resources.save', { id: resource?.id ?? null, fields });
      onDone(t('resources.form.saved', { name: saved.fields.name }));
    });
  const remove = (entry: Resource) =>
    void run(async () => {
      await vault('resources.remove', { id: entry.id });
      onDone(t('resources.form.removed', { name: entry.fields.name }));
    });

  return (
    <Form
      className="resource-form"
      aria-labelledby="resource-form-heading"
      onSubmit={() => {
        save();
      }}
    >
      <h1 id="resource-form-heading">
        {resource ? t('resources.form.editTitle', { name: resource.fields.name }) : t('resources.form.addTitle')}
      </h1>
      <SelectField<ResourceKind> label={t('resources.form.kind')} value={fields.kind} options={kindOptions} onChange={set('kind')} />
      <TextField label={t('resources.form.name')} value={fields.name} onChange={set('name')} />
      <TextField label={t('resources.form.address')} value={fields.address} onChange={set('address')} />
      <div className="grid-2">
        <TextField label={t('resources.form.hours')} value={fields.hours} onChange={set('hours')} />
        <TextField label={t('resources.form.phone')} type="tel" value={fields.phone} onChange={set('phone')} />
      </div>
      <TextArea label={t('resources.form.notes')} value={fields.notes} onChange={set('notes')} />
      <TextField label={t('resources.form.lastVerified')} type="date" value={fields.lastVerified} onChange={set('lastVerified')} />
      {kept && <KeptDraftLine keptAt={kept.keptAt} />}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('resources.form.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {resource && (
          <button type="button" onClick={() => remove(resource)} disabled={busy}>
            {t('resources.form.remove')}
          </button>
        )}
      </div>
    </Form>
  );
}
