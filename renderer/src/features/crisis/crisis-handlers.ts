/**
 * Crisis and safety events: what happened, what was done, who was contacted and on what grounds,
 * linked to the explanation of the limits of confidentiality that was in force.
 */
import { CrisisEventFields, crisisEventNotes, type CrisisEventInput, type CrisisNote } from '@shared/records/crisis-event';
import { ConfidentialityDisclosureFields } from '@shared/records/confidentiality';
import { latestSignedVersions } from '@shared/records/signed-versions';
import type { Vault } from '../../vault/vault';
import { parseOrExplain, listDocuments, type DocumentVersion } from '../documents/document-handlers';

export interface CrisisEntry extends DocumentVersion<CrisisEventFields> {
  /** The limits of confidentiality the person had been told, as signed then. */
  disclosure: ConfidentialityDisclosureFields | null;
  notes: CrisisNote[];
}

export function crisisHandlers(vault: Vault) {
  return {
    'crisis.save': async ({ personId, id, fields }: { personId: string; id: string | null; fields: CrisisEventInput }) => {
      const parsed = parseOrExplain(CrisisEventFields, fields);
      if (!parsed.disclosureRecordId) {
        const [inForce] = latestSignedVersions(await listDocuments(vault, personId, 'confidentiality-disclosure'));
        parsed.disclosureRecordId = inForce?.id ?? null;
      }
      const record = await vault.saveRecord({
        id,
        kind: 'crisis-event',
        parentId: personId,
        changes: parsed,
        audit: { action: id ? 'change' : 'create', personId, summary: 'Crisis or safety event written down' },
      });
      return { id: record.id, rev: record.rev, fields: parsed };
    },

    'crisis.list': async ({ personId, personName }: { personId: string; personName: string }): Promise<CrisisEntry[]> => {
      const [records, disclosures] = await Promise.all([
        vault.listChildren(personId, 'crisis-event'),
        listDocuments(vault, personId, 'confidentiality-disclosure'),
      ]);
      return records
        .map(({ id, rev, body }) => {
          const fields = CrisisEventFields.parse(body.fields);
          const disclosure = disclosures.find((candidate) => candidate.id === fields.disclosureRecordId) ?? null;
          return {
            id,
            rev,
            fields,
            disclosure: disclosure ? ConfidentialityDisclosureFields.parse(disclosure.fields) : null,
            notes: crisisEventNotes(fields, disclosure, personName),
          };
        })
        .sort((a, b) => (a.fields.occurredAt < b.fields.occurredAt ? 1 : -1));
    },
  };
}
