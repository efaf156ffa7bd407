/**
 * Referrals, on the vault's side: a place from the directory the person chose to look into (the
 * record's parent is the person), where it stands, when to check in about it, and how it went.
 */
import { referralFollowUpDue, ReferralFields, ResourceFields, type ReferralInput, type ReferralStatus } from '@shared/records/resource';
import { compareText } from '@shared/records/text';
import type { Vault } from '../../vault/vault';
import { RecordNotFoundError } from '../../vault/errors';
import { localToday } from '../../vault/today';
import { parseOrExplain } from '../documents/document-handlers';
import { requireResource } from './resource-handlers';

export interface Referral {
  id: string;
  fields: ReferralFields;
  /** The place as the directory has it now; null once it was removed from the directory. */
  resource: Pick<ResourceFields, 'name' | 'kind' | 'phone' | 'address' | 'hours'> | null;
  /** Still open and its follow-up date has come. */
  followUpDue: boolean;
}

/** Where a referral stands now, as the person tells it. */
export interface ReferralProgress {
  status: ReferralStatus;
  followUpOn: string;
  outcome: string;
}

const STATUS_SUMMARY: Record<ReferralStatus, string> = {
  suggested: 'Referral suggested',
  contacted: 'Referral: the person made contact',
  connected: 'Referral: the person got connected',
  'not-pursued': 'Referral: the person chose not to go ahead',
};

export function referralHandlers(vault: Vault) {
  return {
    /** A person's referrals, newest first, each with its place's name from the directory. */
    'referrals.list': async ({ personId }: { personId: string }): Promise<Referral[]> => {
      const [records, resources] = await Promise.all([vault.listChildren(personId, 'referral'), vault.listRecords('resource')]);
      const places = new Map(resources.map(({ id, body }) => [id, ResourceFields.parse(body.fields)]));
      const today = localToday();
      return records
        .map(({ id, body }) => {
          const fields = ReferralFields.parse(body.fields);
          const place = places.get(fields.resourceId);
          return {
            id,
            fields,
            resource: place ? { name: place.name, kind: place.kind, phone: place.phone, address: place.address, hours: place.hours } : null,
            followUpDue: referralFollowUpDue(fields, today),
          };
        })
        .sort((a, b) => compareText(b.fields.madeOn, a.fields.madeOn));
    },

    'referrals.add': async ({ personId, fields }: { personId: string; fields: ReferralInput }): Promise<{ id: string }> => {
      const parsed = parseOrExplain(ReferralFields, fields);
      await requireResource(vault, parsed.resourceId);
      const record = await vault.saveRecord({
        id: null,
        kind: 'referral',
        parentId: personId,
        changes: parsed,
        audit: { personId, summary: STATUS_SUMMARY[parsed.status] },
      });
      return { id: record.id };
    },

    /** The person's news about a referral: its status, when to check in next, and how it went. */
    'referrals.update': async ({ id, progress }: { id: string; progress: ReferralProgress }): Promise<{ id: string }> => {
      const record = await vault.getRecord(id);
      if (!record || record.body.kind !== 'referral') throw new RecordNotFoundError('That referral');
      const current = ReferralFields.parse(record.body.fields);
      const { status, followUpOn, outcome } = parseOrExplain(ReferralFields, { ...current, ...progress });
      const personId = record.body.parentId;
      await vault.saveRecord({
        id,
        kind: 'referral',
        changes: { status, followUpOn, outcome },
        audit: { personId, summary: STATUS_SUMMARY[status] },
      });
      return { id };
    },
  };
}
