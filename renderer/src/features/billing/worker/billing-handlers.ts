/**
 * The vault's side of the billing export: the claim lines and the check report for a period
 * (one person's notes, or the whole notebook's), and the history entry once the file is saved.
 * The rules are shared/billing's; this only gathers the notes and people they need.
 */
import { checkClaims, type BilledPerson, type ClaimCheck, type RefusedNote } from '@shared/billing/claim-check';
import { PayerProfile } from '@shared/billing/payer-profile';
import { say } from '@shared/messages';
import type { Vault } from '../../../vault/vault';
import { noteCoSignStates } from '../../team/worker/co-sign-handlers';

export interface BillingCheckRequest {
  /** Dates of service, inclusive. */
  from: string;
  to: string;
  /** Only this person's notes; absent: the whole notebook. */
  personId?: string;
  profile: PayerProfile;
}

export interface RefusedNoteEntry extends RefusedNote {
  personName: string;
}

export interface BillingReport extends Omit<ClaimCheck, 'refused'> {
  refused: RefusedNoteEntry[];
}

export interface BillingExported {
  from: string;
  to: string;
  payerName: string;
  /** The person of each claim line in the file. */
  linePersonIds: string[];
}

export function billingHandlers(vault: Pick<Vault, 'records' | 'policy'>) {
  const { records } = vault;
  return {
    'billing.check': async ({ from, to, personId, profile }: BillingCheckRequest): Promise<BillingReport> => {
      const [people, notes] = await Promise.all([records.list('person'), records.list('service-note')]);
      const coSign = await noteCoSignStates(vault, notes);
      const billed = new Map<string, BilledPerson>(people.map((person) => [person.id, person.fields]));
      const check = checkClaims({
        // Every note of the period counts (a group's size, a day's overlaps), whoever is reported.
        notes: notes.flatMap((note) =>
          note.parentId
            ? [{ id: note.id, personId: note.parentId, fields: note.fields, coSigned: coSign?.get(note.id)?.state === 'co-signed' }]
            : [],
        ),
        coSignRequired: coSign !== null,
        people: billed,
        profile: PayerProfile.parse(profile),
        from,
        to,
        personId,
      });
      return {
        ...check,
        refused: check.refused.map((refused) => ({ ...refused, personName: billed.get(refused.personId)?.preferredName ?? '' })),
      };
    },

    /** After the file is saved: an export in the history of each person whose notes it holds. */
    'billing.exported': async ({ from, to, payerName, linePersonIds }: BillingExported): Promise<void> => {
      const counts = new Map<string, number>();
      for (const personId of linePersonIds) counts.set(personId, (counts.get(personId) ?? 0) + 1);
      for (const [personId, count] of counts) {
        const note = say(count === 1 ? 'history.billingExport.one' : 'history.billingExport.many', {
          count,
          from: { date: from },
          to: { date: to },
          payer: payerName,
        });
        await records.note({ id: personId, kind: 'person', parentId: null }, 'export', { personId, note });
      }
    },
  };
}
