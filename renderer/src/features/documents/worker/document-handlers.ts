/**
 * Signed documents kept per person: the relationship agreement, the explanation of the limits
 * of confidentiality, releases of information and the person's plans. Each version is its own
 * record (parent: the person); a signed version is fixed (the vault refuses changes), and a change
 * is a new version. What signing needs comes from the kind's traits (shared/records/record-kinds.ts).
 * Runs inside the vault worker.
 */
import { type Message, type MessageKey, say } from '@shared/messages';
import { recordKinds, type KindFields } from '@shared/records/record-kinds';
import { nextReleaseVersion } from '@shared/records/release';
import {
  firstVersionFields,
  nextVersionFields,
  SignatureSchema,
  type Signature,
  type SignedVersionFields,
} from '@shared/records/signed-versions';
import { nextRecoveryPlanVersion } from '@shared/records/recovery-plan';
import { nextWellnessPlanVersion } from '@shared/records/wellness-plan';
import type { Vault } from '../../../vault/vault';
import type { KindRecord, RecordStore } from '../../../vault/record-store';
import type { RecordWriter } from '../../../vault/unit-of-work';
import { InvalidInputError, type NotFoundKey } from '../../../vault/errors';
import { parseOrExplain } from '../../../vault/parse-input';

/** The kinds of document, each with its name in a history line ("Release of information signed (version 2)"). */
export const DOCUMENT_KINDS = {
  agreement: 'history.document.agreement',
  'confidentiality-disclosure': 'history.document.confidentialityDisclosure',
  release: 'history.document.release',
  'recovery-plan': 'history.document.recoveryPlan',
  'wellness-plan': 'history.document.wellnessPlan',
} as const satisfies Record<string, MessageKey>;
export type DocumentKind = keyof typeof DOCUMENT_KINDS;
const NOT_FOUND = {
  agreement: 'notFound.agreement',
  'confidentiality-disclosure': 'notFound.confidentialityDisclosure',
  release: 'notFound.release',
  'recovery-plan': 'notFound.recoveryPlan',
  'wellness-plan': 'notFound.wellnessPlan',
} as const satisfies Record<DocumentKind, NotFoundKey>;
export type DocumentFields<K extends DocumentKind> = KindFields<K>;

export interface DocumentVersion<F = Record<string, unknown>> {
  id: string;
  rev: string;
  fields: F;
}

function assertDocumentKind(kind: string): asserts kind is DocumentKind {
  if (!Object.hasOwn(DOCUMENT_KINDS, kind)) throw new Error(`Unknown kind of document: ${kind}`);
}

const versionOf = <K extends DocumentKind>({ id, rev, fields }: KindRecord<K>): DocumentVersion<DocumentFields<K>> => ({ id, rev, fields });

export async function listDocuments<K extends DocumentKind>(
  records: RecordStore,
  personId: string,
  kind: K,
): Promise<DocumentVersion<DocumentFields<K>>[]> {
  return (await records.children(personId, kind)).map(versionOf);
}

/** What must still be written before a document of this kind can be signed. */
function missingBeforeSignature<K extends DocumentKind>(kind: K, fields: DocumentFields<K>): Message[] {
  const traits = recordKinds[kind] as { missingBeforeSigning?: (fields: DocumentFields<K>) => Message[] };
  return traits.missingBeforeSigning?.(fields) ?? [];
}

/** A document of any of the kinds, told apart by its kind. */
type DocumentRecord = { [K in DocumentKind]: KindRecord<K> }[DocumentKind];

/** The next version of a signed document: the same content, unsigned. */
function nextVersion(previous: DocumentRecord): SignedVersionFields {
  switch (previous.kind) {
    case 'release':
      return nextReleaseVersion(previous);
    case 'recovery-plan':
      return nextRecoveryPlanVersion(previous);
    case 'wellness-plan':
      return nextWellnessPlanVersion(previous);
    case 'agreement':
      return nextVersionFields(previous);
    case 'confidentiality-disclosure':
      return nextVersionFields(previous);
  }
}

export function documentHandlers({ records }: Pick<Vault, 'records'>) {
  /** Parses the fields by the kind's schema and stages them, in the caller's unit of work. */
  const save = async (
    tx: RecordWriter,
    input: {
      kind: DocumentKind;
      personId: string;
      id: string | null;
      fields: unknown;
      action: 'create' | 'change' | 'sign';
      note?: Message;
    },
  ): Promise<DocumentVersion> => {
    const fields = parseOrExplain(recordKinds[input.kind].fields, input.fields) as Record<string, unknown>;
    const record = await tx.save({
      id: input.id,
      kind: input.kind,
      parentId: input.personId,
      changes: fields,
      history: { action: input.action, personId: input.personId, note: input.note },
    });
    return { id: record.id, rev: record.rev, fields };
  };

  return {
    /** Every version of every document of this kind for one person. */
    'documents.list': ({ personId, kind }: { personId: string; kind: DocumentKind }): Promise<DocumentVersion[]> => {
      assertDocumentKind(kind);
      return listDocuments(records, personId, kind) as Promise<DocumentVersion[]>;
    },

    /** Saves a draft (a new document when `id` is null). Signed versions are refused by the vault. */
    'documents.saveDraft': ({
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
      return records.write(async (tx) => {
        const existing = id ? await tx.require(kind, id, NOT_FOUND[kind]) : null;
        // Which document and version this is never comes from the form; a draft is never signed here.
        const { seriesId, version, supersedes } = existing?.fields ?? firstVersionFields();
        // Countersignatures follow the person's signature, so a draft never carries them either.
        const countersignatures = kind === 'recovery-plan' ? { peerSignature: null, supervisorSignature: null } : {};
        const draft = { ...existing?.fields, ...fields, seriesId, version, supersedes, signature: null, ...countersignatures };
        return save(tx, { kind, personId, id, fields: draft, action: id ? 'change' : 'create' });
      });
    },

    'documents.sign': ({ kind, id, signature }: { kind: DocumentKind; id: string; signature: Signature }) => {
      assertDocumentKind(kind);
      return records.write(async (tx) => {
        const document = await tx.require(kind, id, NOT_FOUND[kind]);
        const missing = missingBeforeSignature(kind, document.fields);
        if (missing.length > 0) throw new InvalidInputError([say('common.notReadyToSign'), ...missing]);
        const signed = { ...document.fields, signature: parseOrExplain(SignatureSchema, signature) };
        const note = say('history.document.signed', { document: say(DOCUMENT_KINDS[kind]), version: document.fields.version });
        return save(tx, { kind, personId: document.parentId ?? '', id, fields: signed, action: 'sign', note });
      });
    },

    /**
     * The peer's or the supervising professional's signature on a plan the person has signed.
     * Given once: a signature already there is never replaced (a change is a new version).
     */
    'documents.countersign': ({ id, role, signature }: { id: string; role: 'peer' | 'supervisor'; signature: Signature }) =>
      records.write(async (tx) => {
        const plan = await tx.require('recovery-plan', id, 'notFound.recoveryPlan');
        if (!plan.fields.signature) throw new InvalidInputError(say('recoveryPlan.personSignsFirst'));
        const field = role === 'peer' ? 'peerSignature' : 'supervisorSignature';
        if (plan.fields[field])
          throw new InvalidInputError(say(role === 'peer' ? 'signature.peerAlreadySigned' : 'signature.supervisorAlreadySigned'));
        const signed = { ...plan.fields, [field]: parseOrExplain(SignatureSchema, signature) };
        const by = role === 'peer' ? 'history.recoveryPlan.signedByPeer' : 'history.recoveryPlan.signedBySupervisor';
        const note = say(by, { version: plan.fields.version });
        return save(tx, { kind: 'recovery-plan', personId: plan.parentId ?? '', id, fields: signed, action: 'sign', note });
      }),

    /** Starts the next version of a signed document: same content, unsigned. */
    'documents.newVersion': ({ kind, id }: { kind: DocumentKind; id: string }) => {
      assertDocumentKind(kind);
      return records.write(async (tx) => {
        const previous = await tx.require(kind, id, NOT_FOUND[kind]);
        const fields = nextVersion(previous as DocumentRecord);
        const note = say('history.document.started', { document: say(DOCUMENT_KINDS[kind]), version: fields.version });
        return save(tx, { kind, personId: previous.parentId ?? '', id: null, fields, action: 'create', note });
      });
    },
  };
}
