/**
 * Handing people to another peer on the team (issue 17), in the vault worker: one person or a
 * whole caseload, each with their own consent on record, sealed to the receiving peer. It is two
 * steps so that a person is kept read-only here only once their handoff has left: `team.handOver`
 * checks and seals (nothing written), the window sends it, then `team.handOverSent` records it
 * (the sender's "handed to" line, and the people kept read-only under the retention rules, never
 * deleted). A handoff sealed but never sent changes nothing here; sent twice, the receiver keeps
 * the first (receiveHandoff skips a person it already holds).
 */
import { randomId } from '@shared/crypto/bytes';
import { say } from '@shared/messages';
import { applyFieldChanges } from '@shared/records/record-body';
import { HandoffConsent, type Handoff, type SharedRecord } from '@shared/team/team-payload';
import type { TeamDirectory } from '@shared/team/team-directory';
import { TeamFailure } from '@shared/team/team-errors';
import type { AuditEvent } from '@shared/audit/audit-chain';
import type { Vault } from '../../../vault/vault';
import { InvalidInputError } from '../../../vault/errors';
import { localToday } from '../../../vault/clock';

/** One person to hand over, with what they agreed to as the peer recorded it. */
export interface HandOverPerson {
  personId: string;
  consent: HandoffConsent;
}

export interface HandOverRequest {
  people: HandOverPerson[];
  toMemberId: string;
  /** The receiving peer's name as the sender knows them (the team list names no one): what this notebook says it was handed to. */
  toName: string;
  senderName: string;
}

/** A person handed over from here: to whom, when, and the consent on record. */
export interface HandedOver {
  toName: string;
  toMemberId: string;
  on: string;
  consent: HandoffConsent;
}

/** A person this notebook still holds, who could be handed over. */
export interface HandOverCandidate {
  id: string;
  preferredName: string;
}

/** What recording a sent handoff needs: not the sealed records themselves, which need not outlive the seal. */
interface Pending {
  people: HandOverPerson[];
  sentAt: string;
  toMemberId: string;
  toName: string;
}

/** What the team handlers lend: me as a listed member, sealing to a member, and one person's whole record. */
export interface HandOverParts<Self extends { directory: TeamDirectory }, Envelope> {
  records: Vault['records'];
  clock: Vault['clock'];
  listen: Vault['listen'];
  listed(): Promise<Self>;
  seal(self: Self, to: string, payload: Handoff): Envelope;
  personEntire(personId: string): Promise<{ records: SharedRecord[]; history: Omit<AuditEvent, 'seq'>[] }>;
}

export function handOverHandlers<Self extends { directory: TeamDirectory }, Envelope>({
  records,
  clock,
  listen,
  listed,
  seal,
  personEntire,
}: HandOverParts<Self, Envelope>) {
  /** Sealed and on their way; recorded once the window says they left. Kept only while the notebook is open. */
  const pending = new Map<string, Pending>();
  // Names and consent notes are the notebook's words: they go with the keys.
  listen((event) => {
    if (event.type === 'locked') pending.clear();
  });

  /** A peer records a person's own consent: the day they gave it (not after today) and how; 'peer-left' is the agency's. */
  function checkConsent(consent: HandoffConsent, person: string, today: string): HandoffConsent {
    const parsed = HandoffConsent.safeParse({ ...consent, note: consent.note?.trim() ?? '' });
    if (!parsed.success || parsed.data.how === 'peer-left') throw new InvalidInputError(say('team.consentMissingFor', { person }));
    if (parsed.data.givenOn > today) throw new InvalidInputError(say('team.consentDateAhead', { person }));
    return parsed.data;
  }

  return {
    /** The people this notebook holds and has not handed over, by name: a caseload to hand over. */
    'team.handOverCandidates': async (): Promise<HandOverCandidate[]> =>
      (await records.list('person'))
        .filter((person) => person.fields.handedOverOn === undefined)
        .map(({ id, fields }) => ({ id, preferredName: fields.preferredName }))
        .sort((a, b) => a.preferredName.localeCompare(b.preferredName, undefined, { sensitivity: 'base' })),

    /** To whom and when this person was handed over; null while they are still this peer's. */
    'team.handedOverTo': async ({ personId }: { personId: string }): Promise<HandedOver | null> => {
      const sent = (await records.children(personId, 'handoff'))
        .filter((handoff) => handoff.fields.direction === 'sent')
        .sort((a, b) => b.fields.at.localeCompare(a.fields.at))[0];
      if (!sent) return null;
      return { toName: sent.fields.otherName, toMemberId: sent.fields.otherMemberId, on: sent.fields.at, consent: sent.fields.consent };
    },

    /**
     * Checks each person's consent and seals every record of theirs, with their history, to the
     * receiving peer. Writes nothing: `team.handOverSent` records it once it has left.
     */
    'team.handOver': async (input: HandOverRequest): Promise<{ handoffId: string; envelope: Envelope }> => {
      if (input.people.length === 0) throw new InvalidInputError(say('team.handOverNobody'));
      const toName = input.toName.trim();
      if (!toName) throw new InvalidInputError(say('team.handOverNameMissing'));
      const today = localToday(clock.now());
      const people: Handoff['people'] = [];
      for (const { personId, consent } of input.people) {
        const person = await records.require('person', personId, 'notFound.person');
        if (person.fields.handedOverOn !== undefined)
          throw new InvalidInputError(say('team.alreadyHandedOver', { person: person.fields.preferredName }));
        people.push({ personId, consent: checkConsent(consent, person.fields.preferredName, today), ...(await personEntire(personId)) });
      }
      const self = await listed();
      const receiver = self.directory.members.get(input.toMemberId);
      if (receiver?.role !== 'peer') throw new TeamFailure('recipient-not-in-team');
      const handoff: Handoff = {
        v: 1,
        kind: 'handoff',
        handoffId: randomId(),
        senderName: input.senderName,
        sentAt: clock.now().toISOString(),
        people,
      };
      const envelope = seal(self, input.toMemberId, handoff);
      pending.set(handoff.handoffId, {
        people: people.map(({ personId, consent }) => ({ personId, consent })),
        sentAt: handoff.sentAt,
        toMemberId: input.toMemberId,
        toName,
      });
      return { handoffId: handoff.handoffId, envelope };
    },

    /** The handoff left: each person gets the sender's "handed to" line and is kept here read-only from now on. */
    'team.handOverSent': async ({ handoffId }: { handoffId: string }): Promise<void> => {
      const sent = pending.get(handoffId);
      if (!sent) throw new InvalidInputError(say('team.handOverNotPending'));
      const today = localToday(clock.now());
      await records.write(async (tx) => {
        for (const { personId, consent } of sent.people) {
          await tx.save({
            id: null,
            kind: 'handoff',
            parentId: personId,
            changes: {
              handoffId,
              direction: 'sent',
              otherMemberId: sent.toMemberId,
              otherName: sent.toName,
              at: sent.sentAt,
              consent,
            },
            history: { note: say('history.team.handedToNamed', { peer: sent.toName, date: { date: consent.givenOn } }) },
          });
          await tx.rewrite(personId, (body, stamp) => applyFieldChanges(body, { handedOverOn: today }, stamp) ?? body, {
            personId,
            note: say('history.team.keptReadOnly'),
          });
        }
      });
      pending.delete(handoffId);
    },
  };
}
