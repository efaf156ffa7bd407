/**
 * Referrals, on the vault's side: a place from the directory the person chose to look into (the
 * record's parent is the person), where it stands, when to check in about it, and how it went.
 */
import { type MessageKey, say } from '@shared/messages';
import {
  referralFollowUpDue,
  ReferralFields,
  type ResourceFields,
  type ReferralInput,
  type ReferralStatus,
} from '@shared/records/resource';
import { compareText } from '@shared/records/text';
import type { Vault } from '../../../vault/vault';
import { localToday } from '../../../vault/clock';
import { parseOrExplain } from '../../../vault/parse-input';

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

const STATUS_NOTE = {
  suggested: 'history.referral.suggested',
  contacted: 'history.referral.contacted',
  connected: 'history.referral.connected',
  'not-pursued': 'history.referral.notPursued',
} as const satisfies Record<ReferralStatus, MessageKey>;

export function referralHandlers({ records, clock }: Pick<Vault, 'records' | 'clock'>) {
  return {
    /** A person's referrals, newest first, each with its place's name from the directory. */
    'referrals.list': async ({ personId }: { personId: string }): Promise<Referral[]> => {
      const [referrals, resources] = await Promise.all([records.children(personId, 'referral'), records.list('resource')]);
      const places = new Map(resources.map(({ id, fields }) => [id, fields]));
      const today = localToday(clock.now());
      return referrals
        .map(({ id, fields }) => {
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

    'referrals.add': ({ personId, fields }: { personId: string; fields: ReferralInput }): Promise<{ id: string }> =>
      records.write(async (tx) => {
        const parsed = parseOrExplain(ReferralFields, fields);
        await tx.require('resource', parsed.resourceId, 'notFound.resource');
        const record = await tx.save({
          id: null,
          kind: 'referral',
          parentId: personId,
          changes: parsed,
          history: { note: say(STATUS_NOTE[parsed.status]) },
        });
        return { id: record.id };
      }),

    /** The person's news about a referral: its status, when to check in next, and how it went. */
    'referrals.update': ({ id, progress }: { id: string; progress: ReferralProgress }): Promise<{ id: string }> =>
      records.write(async (tx) => {
        const current = await tx.require('referral', id, 'notFound.referral');
        const { status, followUpOn, outcome } = parseOrExplain(ReferralFields, { ...current.fields, ...progress });
        await tx.save({ id, kind: 'referral', changes: { status, followUpOn, outcome }, history: { note: say(STATUS_NOTE[status]) } });
        return { id };
      }),
  };
}
