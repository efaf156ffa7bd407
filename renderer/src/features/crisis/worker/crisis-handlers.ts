/**
 * Crisis and safety events: what happened, what was done, who was contacted and on what grounds,
 * linked to the explanation of the limits of confidentiality that was in force.
 */
import { CrisisEventFields, crisisEventNotes, type CrisisEventInput, type CrisisNote } from '@shared/records/crisis-event';
import type { ConfidentialityDisclosureFields } from '@shared/records/confidentiality';
import { latestSignedVersions } from '@shared/records/signed-versions';
import type { Vault } from '../../../vault/vault';
import { parseOrExplain } from '../../../vault/parse-input';
import { listDocuments, type DocumentVersion } from '../../documents/worker/document-handlers';

export interface CrisisEntry extends DocumentVersion<CrisisEventFields> {
  /** The limits of confidentiality the person had been told, as signed then. */
  disclosure: ConfidentialityDisclosureFields | null;
  notes: CrisisNote[];
}

export function crisisHandlers({ records }: Pick<Vault, 'records'>) {
  return {
    'crisis.save': ({ personId, id, fields }: { personId: string; id: string | null; fields: CrisisEventInput }) =>
      records.write(async (tx) => {
        const parsed = parseOrExplain(CrisisEventFields, fields);
        if (!parsed.disclosureRecordId) {
          const [inForce] = latestSignedVersions(await listDocuments(records, personId, 'confidentiality-disclosure'));
          parsed.disclosureRecordId = inForce?.id ?? null;
        }
        const record = await tx.save({ id, kind: 'crisis-event', parentId: personId, changes: parsed });
        return { id: record.id, rev: record.rev, fields: parsed };
      }),

    'crisis.list': async ({ personId, personName }: { personId: string; personName: string }): Promise<CrisisEntry[]> => {
      const [events, disclosures] = await Promise.all([
        records.children(personId, 'crisis-event'),
        listDocuments(records, personId, 'confidentiality-disclosure'),
      ]);
      return events
        .map(({ id, rev, fields }) => {
          const disclosure = disclosures.find((candidate) => candidate.id === fields.disclosureRecordId) ?? null;
          return { id, rev, fields, disclosure: disclosure?.fields ?? null, notes: crisisEventNotes(fields, disclosure, personName) };
        })
        .sort((a, b) => (a.fields.occurredAt < b.fields.occurredAt ? 1 : -1));
    },
  };
}
