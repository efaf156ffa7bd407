/**
 * One signed document and its versions: the latest (a draft to finish and sign, or the signed
 * text with "Make a new version"), and every earlier version, readable as it was signed.
 */
import type { Message } from '@shared/messages';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Signature, SignedVersionFields, SigningWay } from '@shared/records/signed-versions';
import { useDates } from '../../i18n/use-dates';
import { useMessage } from '../../i18n/use-message';
import { useVault } from '../../ui/contexts';
import { KeptDraftLine, useDraft, useKeptDraft } from '../../ui/use-draft';
import type { PersonTab } from '@shared/places';
import { Notice, useAction } from '../../ui/form';
import { SignatureForm, SignatureSummary } from './SignatureForm';
import type { DocumentKind, DocumentVersion } from './worker/document-handlers';

export interface DocumentSeriesProps<F extends SignedVersionFields> {
  kind: DocumentKind;
  personId: string;
  title: string;
  /** Every version of this one document, any order. */
  versions: DocumentVersion<F>[];
  /** The draft's form; `personId` is whose document it is, for an editor that offers what their profile holds. */
  Editor(props: { value: F; onChange(value: F): void; personId: string }): ReactNode;
  View(props: { fields: F }): ReactNode;
  signerLabel: string;
  defaultSigner: string;
  /** What must still be written before signing (shown as a checklist). */
  missing?(fields: F): Message[];
  /** The way of signing the document's own form chose (the confidentiality form asks it once); left out, asked at signing. */
  signing?(fields: F): SigningWay;
  /** More actions on the signed latest version (a release's revocation). */
  SignedActions?(props: { personId: string; latest: DocumentVersion<F>; onChanged(): void }): ReactNode;
  onChanged(): void;
}

/** The person's tab each document lives on, where its kept draft reopens. */
const TAB_OF: Record<DocumentKind, PersonTab> = {
  agreement: 'agreement',
  'confidentiality-disclosure': 'confidentiality',
  release: 'releases',
  'recovery-plan': 'recoveryPlan',
  'wellness-plan': 'wellnessPlan',
};

const byVersion = <F extends SignedVersionFields>(versions: DocumentVersion<F>[]) =>
  [...versions].sort((a, b) => a.fields.version - b.fields.version);

export function DocumentSeries<F extends SignedVersionFields>(props: DocumentSeriesProps<F>) {
  // A new latest version (signed, or a new draft) starts the form afresh.
  return <SeriesView key={byVersion(props.versions).at(-1)!.id} {...props} />;
}

function SeriesView<F extends SignedVersionFields>(props: DocumentSeriesProps<F>) {
  const { kind, title, versions, Editor, View, onChanged, SignedActions } = props;
  const vault = useVault();
  const { t } = useTranslation();
  const dates = useDates();
  const message = useMessage();
  const signedOn = ({ signature }: SignedVersionFields) =>
    signature ? t('documents.signedOn', { date: dates.date(signature.signedAt.slice(0, 10)) }) : t('documents.notSigned');
  const sorted = byVersion(versions);
  const latest = sorted[sorted.length - 1]!;
  const earlier = sorted.slice(0, -1).reverse();
  const draftKey = `document/${kind}/${latest.id}`;
  const kept = useKeptDraft<F>(draftKey);
  const [draft, setDraft] = useState<F>(kept ? { ...latest.fields, ...kept.values } : latest.fields);
  const [savedNotice, setSavedNotice] = useState(false);
  const [changed, setChanged] = useState(kept !== null);
  useDraft({
    key: latest.fields.signature ? null : draftKey,
    place: { screen: 'people', personId: props.personId, tab: TAB_OF[kind] },
    values: draft,
    changed,
  });
  const { run, busy, error } = useAction();
  const missing = props.missing?.(draft) ?? [];

  const saveDraft = async () => {
    await vault('documents.saveDraft', {
      personId: props.personId,
      kind,
      id: latest.id,
      fields: draft as unknown as Record<string, unknown>,
    });
    setChanged(false);
  };

  return (
    <section className="document" aria-label={t('documents.section', { title, version: latest.fields.version })}>
      <h2>
        {title}{' '}
        <span className="chip">
          {t('documents.latest', {
            version: latest.fields.version,
            state: latest.fields.signature ? signedOn(latest.fields) : t('documents.draft'),
          })}
        </span>
      </h2>
      {latest.fields.signature ? (
        <>
          <View fields={latest.fields} />
          <SignatureSummary signature={latest.fields.signature} />
          {error && <Notice tone="error">{error}</Notice>}
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await vault('documents.newVersion', { kind, id: latest.id });
                  onChanged();
                })
              }
            >
              {t('documents.newVersion')}
            </button>
            {SignedActions && <SignedActions personId={props.personId} latest={latest} onChanged={onChanged} />}
          </div>
        </>
      ) : (
        <>
          <Editor
            personId={props.personId}
            value={draft}
            onChange={(value) => {
              setSavedNotice(false);
              setDraft(value);
              setChanged(true);
            }}
          />
          {kept && changed && <KeptDraftLine keptAt={kept.keptAt} />}
          {error && <Notice tone="error">{error}</Notice>}
          {savedNotice && <Notice tone="success">{t('documents.draftSaved')}</Notice>}
          <div className="row">
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  await saveDraft();
                  setSavedNotice(true);
                  onChanged();
                })
              }
            >
              {t('documents.saveDraft')}
            </button>
          </div>
          {missing.length > 0 ? (
            <div className="checklist" role="status">
              <p>{t('documents.beforeSigning')}</p>
              <ul>
                {missing.map((each) => (
                  <li key={JSON.stringify(each)}>{message(each)}</li>
                ))}
              </ul>
            </div>
          ) : (
            <SignatureForm
              signerLabel={props.signerLabel}
              defaultSigner={props.defaultSigner}
              {...(props.signing ? { way: props.signing(draft) } : {})}
              onSign={async (signature: Signature) => {
                await saveDraft();
                await vault('documents.sign', { kind, id: latest.id, signature });
                onChanged();
              }}
            />
          )}
        </>
      )}
      {earlier.length > 0 && (
        <div className="versions">
          <h3>{t('documents.earlierVersions')}</h3>
          {earlier.map((version) => (
            <details key={version.id}>
              <summary>{t('documents.earlier', { version: version.fields.version, state: signedOn(version.fields) })}</summary>
              <View fields={version.fields} />
              {version.fields.signature && <SignatureSummary signature={version.fields.signature} />}
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
