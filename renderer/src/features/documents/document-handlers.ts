/**
 * Signed documents kept per person: the relationship agreement, the explanation of the limits
 * of confidentiality and releases of information. Each version is its own record (parent: the
 * person); a signed version is fixed (the vault refuses changes), and a change is a new version.
 * Runs inside the vault worker.
 */
import type { z } from 'zod';
import { say } from '@shared/messages';
import { AgreementFields, agreementMissing } from '@shared/records/agreement';
import { ConfidentialityDisclosureFields, confidentialityMissing } from '@shared/records/confidentiality';
import { missingBeforeSigning, nextReleaseVersion, ReleaseFields, type ReleaseFields as Release } from '@shared/records/release';
import {
  firstVersionFields,
  nextVersionFields,
  SignatureSchema,
  type Signature,
  type SignedVersionFields,
} from '@shared/records/signed-versions';
import {
  nextRecoveryPlanVersion,
  RecoveryPlanFields,
  recoveryPlanMissingBeforeSigning,
  type RecoveryPlanFields as RecoveryPlan,
} from '@shared/records/recovery-plan';
import {
  nextWellnessPlanVersion,
  WellnessPlanFields,
  wellnessPlanMissing,
  type WellnessPlanFields as WellnessPlan,
} from '@shared/records/wellness-plan';
import type { Vault } from '../../vault/vault';
import { InvalidInputError, RecordNotFoundError } from '../../vault/errors';

export const DOCUMENT_KINDS = {
  agreement: { schema: AgreementFields, label: 'relationship agreement' },
  'confidentiality-disclosure': { schema: ConfidentialityDisclosureFields, label: 'limits of confidentiality' },
  release: { schema: ReleaseFields, label: 'release of information' },
  'recovery-plan': { schema: RecoveryPlanFields, label: 'recovery plan' },
  'wellness-plan': { schema: WellnessPlanFields, label: 'wellness and crisis plan' },
} as const;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
export type DocumentFields<K extends DocumentKind> = z.output<(typeof DOCUMENT_KINDS)[K]['schema']>;

export interface DocumentVersion<F = Record<string, unknown>> {
  id: string;
  rev: string;
  fields: F;
}

/** zod's messages are written for peers; show them all, each once. */
export function parseOrExplain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InvalidInputError([...new Set(parsed.error.issues.map((issue) => issue.message))]);
  return parsed.data;
}

/** What must still be written before a document of this kind can be signed. */
function missingBeforeSignature(kind: DocumentKind, fields: DocumentFields<DocumentKind>): string[] {
  if (kind === 'agreement') return agreementMissing(fields as DocumentFields<'agreement'>);
  if (kind === 'release') return missingBeforeSigning(fields as Release).map((missing) => missing.message);
  if (kind === 'recovery-plan') return recoveryPlanMissingBeforeSigning(fields as RecoveryPlan);
  if (kind === 'wellness-plan') return wellnessPlanMissing(fields as WellnessPlan);
  return confidentialityMissing(fields as DocumentFields<'confidentiality-disclosure'>);
}

function assertDocumentKind(kind: string): asserts kind is DocumentKind {
  if (!Object.hasOwn(DOCUMENT_KINDS, kind)) throw new InvalidInputError(`Unknown kind of document: ${kind}`);
}

export async function listDocuments<K extends DocumentKind>(
  vault: Vault,
  personId: string,
  kind: K,
): Promise<DocumentVersion<DocumentFields<K>>[]> {
  const records = await vault.listChildren(personId, kind);
  return records.map(({ id, rev, body }) => ({ id, rev, fields: DOCUMENT_KINDS[kind].schema.parse(body.fields) as DocumentFields<K> }));
}

async function getDocument(
  vault: Vault,
  kind: DocumentKind,
  id: string,
): Promise<DocumentVersion<DocumentFields<DocumentKind>> & { personId: string }> {
  const record = await vault.getRecord(id);
  if (!record || record.body.kind !== kind) throw new RecordNotFoundError(`That ${DOCUMENT_KINDS[kind].label}`);
  return { id, rev: record.rev, personId: record.body.parentId ?? '', fields: DOCUMENT_KINDS[kind].schema.parse(record.body.fields) };
}

export function documentHandlers(vault: Vault) {
  const save = async (input: {
    kind: DocumentKind;
    personId: string;
    id: string | null;
    fields: unknown;
    action: 'create' | 'change' | 'sign' | 'revoke';
    summary: string;
  }) => {
    const fields = parseOrExplain(DOCUMENT_KINDS[input.kind].schema, input.fields);
    const record = await vault.saveRecord({
      id: input.id,
      kind: input.kind,
      parentId: input.personId,
      changes: fields as Record<string, unknown>,
      audit: { action: input.action, personId: input.personId, summary: input.summary },
    });
    return { id: record.id, rev: record.rev, fields } as DocumentVersion<DocumentFields<DocumentKind>>;
  };

  return {
    /** Every version of every document of this kind for one person. */
    'documents.list': ({ personId, kind }: { personId: string; kind: DocumentKind }) => {
      assertDocumentKind(kind);
      return listDocuments(vault, personId, kind) as Promise<DocumentVersion[]>;
    },

    /** Saves a draft (a new document when `id` is null). Signed versions are refused by the vault. */
    'documents.saveDraft': async ({
      personId,
      kind,
      id,
      fields,
    }: {
      personId: string;
      kind: DocumentKind;
      id: string | null;
      fields: Record<string, unknown>;
    }) => {
      assertDocumentKind(kind);
      const existing = id ? await getDocument(vault, kind, id) : null;
      // Which document and version this is never comes from the form; a draft is never signed here.
      const { seriesId, version, supersedes } = existing?.fields ?? firstVersionFields();
      // Countersignatures follow the person's signature, so a draft never carries them either.
      const countersignatures = kind === 'recovery-plan' ? { peerSignature: null, supervisorSignature: null } : {};
      const draft = { ...existing?.fields, ...fields, seriesId, version, supersedes, signature: null, ...countersignatures };
      return save({
        kind,
        personId,
        id,
        fields: draft,
        action: id ? 'change' : 'create',
        summary: `Draft ${DOCUMENT_KINDS[kind].label} saved`,
      });
    },

    'documents.sign': async ({ kind, id, signature }: { kind: DocumentKind; id: string; signature: Signature }) => {
      assertDocumentKind(kind);
      const document = await getDocument(vault, kind, id);
      const missing = missingBeforeSignature(kind, document.fields);
      if (missing.length > 0) throw new InvalidInputError([say('common.notReadyToSign'), ...missing]);
      const signed = { ...document.fields, signature: parseOrExplain(SignatureSchema, signature) };
      return save({
        kind,
        personId: document.personId,
        id,
        fields: signed,
        action: 'sign',
        summary: `${capitalize(DOCUMENT_KINDS[kind].label)} signed (version ${document.fields.version})`,
      });
    },

    /**
     * The peer's or the supervising professional's signature on a plan the person has signed.
     * Given once: a signature already there is never replaced (a change is a new version).
     */
    'documents.countersign': async ({ id, role, signature }: { id: string; role: 'peer' | 'supervisor'; signature: Signature }) => {
      const plan = (await getDocument(vault, 'recovery-plan', id)) as DocumentVersion<RecoveryPlan> & { personId: string };
      if (!plan.fields.signature) throw new InvalidInputError(say('recoveryPlan.personSignsFirst'));
      const field = role === 'peer' ? 'peerSignature' : 'supervisorSignature';
      if (plan.fields[field])
        throw new InvalidInputError(say(role === 'peer' ? 'signature.peerAlreadySigned' : 'signature.supervisorAlreadySigned'));
      const signed = { ...plan.fields, [field]: parseOrExplain(SignatureSchema, signature) };
      return save({
        kind: 'recovery-plan',
        personId: plan.personId,
        id,
        fields: signed,
        action: 'sign',
        summary: `Recovery plan signed by the ${role} (version ${plan.fields.version})`,
      });
    },

    /** Starts the next version of a signed document: same content, unsigned. */
    'documents.newVersion': async ({ kind, id }: { kind: DocumentKind; id: string }) => {
      assertDocumentKind(kind);
      const previous = await getDocument(vault, kind, id);
      const fields: SignedVersionFields =
        kind === 'release'
          ? nextReleaseVersion(previous as DocumentVersion<Release>)
          : kind === 'recovery-plan'
            ? nextRecoveryPlanVersion(previous as DocumentVersion<RecoveryPlan>)
            : kind === 'wellness-plan'
              ? nextWellnessPlanVersion(previous as DocumentVersion<WellnessPlan>)
              : nextVersionFields(previous as DocumentVersion<SignedVersionFields>);
      return save({
        kind,
        personId: previous.personId,
        id: null,
        fields,
        action: 'create',
        summary: `${capitalize(DOCUMENT_KINDS[kind].label)} version ${fields.version} started`,
      });
    },
  };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
