/**
 * Team work in the vault worker (docs/team-format.md): this notebook's team keys and the signed
 * team list it holds, sending a note or plan for review, the supervisor's queue and answers, what
 * came back, and handing a person over. The worker seals and opens; the main process only carries
 * the sealed bytes to and from the server, so handlers return envelopes to send
 * (`{ recipient, bytes }`) and take the envelopes that arrived.
 */
import { loadSodium, type Sodium } from '@shared/crypto/sodium';
import { randomId } from '@shared/crypto/bytes';
import { MessageError, say, type Message } from '@shared/messages';
import { newRecordBody } from '@shared/records/record-body';
import { recordKinds, type RecordKind } from '@shared/records/record-kinds';
import type { ReviewableKind } from '@shared/agency/policy-settings';
import type { ReviewStatus, TeamMembershipFields } from '@shared/records/team-records';
import { loadTeamIdentity, makeTeamIdentity, storeTeamIdentity, teamKeyFingerprint, type TeamIdentity } from '@shared/team/team-identity';
import { memberWithKeys, readTeamDirectory, type TeamDirectory, type TeamRole } from '@shared/team/team-directory';
import { openTeamEnvelope, sealTeamEnvelope, type OpenedEnvelope } from '@shared/team/team-envelope';
import { checkCoSignatureOf, coSignRecord, recordContentHash } from '@shared/team/co-signature';
import { reviewedFields } from '@shared/team/reviewed-fields';
import { TeamFailure } from '@shared/team/team-errors';
import type { Handoff, ReviewAnswer, ReviewRequest, SharedRecord, TeamPayload } from '@shared/team/team-payload';
import type { Vault } from '../../../vault/vault';
import type { KindRecord } from '../../../vault/record-store';
import type { RecordWriter } from '../../../vault/unit-of-work';
import { InvalidInputError } from '../../../vault/errors';
import { handOverHandlers } from './handover-handlers';
import { teamListFileHandlers } from './team-list-file-handlers';

/** An envelope for the main process to leave in a member's mailbox. */
export interface OutgoingEnvelope {
  recipient: string;
  bytes: Uint8Array;
}

export interface TeamStatus {
  fingerprint: string;
  signingKey: string;
  sealingKey: string;
  memberId: string | null;
  /** My role on the list I hold; null before I am on one. */
  role: TeamRole | null;
  serial: number | null;
  /** The other peers on the list, for choosing whom to hand a person to: the list names no one, so each by their key fingerprint. */
  peers: { memberId: string; fingerprint: string }[];
}

export interface ReviewQueueItem {
  id: string;
  submissionId: string;
  personName: string;
  recordKind: string;
  sentAt: string;
  fields: Record<string, unknown>;
}

export interface ReviewQueueGroup {
  fromMemberId: string;
  peerName: string;
  items: ReviewQueueItem[];
}

export interface CameBack {
  id: string;
  personId: string;
  recordId: string;
  recordKind: ReviewableKind;
  status: ReviewStatus;
  comment: string;
  reviewerName: string;
  answeredAt: string | null;
  coSigned: boolean;
}

type Parts = Pick<Vault, 'records' | 'audit' | 'clock' | 'policy' | 'listen'>;
const b64url = (sodium: Sodium, bytes: Uint8Array) => sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
const PERSON_KINDS = (Object.keys(recordKinds) as RecordKind[]).filter((kind) => recordKinds[kind].belongsTo !== 'no-one');

export function teamHandlers(vault: Parts) {
  const { records, audit, clock } = vault;
  const now = () => clock.now().toISOString();

  /** This notebook's membership record, made (with new keys) the first time team work is asked for. */
  async function membership(): Promise<KindRecord<'team-membership'>> {
    const [found] = await records.list('team-membership');
    if (found) return found;
    const sodium = await loadSodium();
    return records.write(async (tx) => {
      const [again] = await records.list('team-membership');
      return (
        again ?? tx.save({ id: null, kind: 'team-membership', changes: { identity: storeTeamIdentity(sodium, makeTeamIdentity(sodium)) } })
      );
    });
  }

  interface Me {
    sodium: Sodium;
    record: KindRecord<'team-membership'>;
    identity: TeamIdentity;
    directory: TeamDirectory | null;
  }

  async function me(): Promise<Me> {
    const sodium = await loadSodium();
    const record = await membership();
    const directory = record.fields.directory ? readTeamDirectory(sodium, record.fields.directory, vault.policy.team.policyKeys) : null;
    return { sodium, record, identity: loadTeamIdentity(sodium, record.fields.identity), directory };
  }

  /** Me as a listed member: my id and the list; TeamFailure('not-in-team') before the agency listed me. */
  async function listed(): Promise<Me & { memberId: string; directory: TeamDirectory; role: TeamRole }> {
    const found = await me();
    const member = found.record.fields.memberId && found.directory?.members.get(found.record.fields.memberId);
    if (!found.directory || !member || !found.sodium.memcmp(member.signingKey, found.identity.signing.publicKey))
      throw new TeamFailure('not-in-team');
    return { ...found, memberId: member.memberId, directory: found.directory, role: member.role };
  }

  function statusOf({ sodium, record, identity, directory }: Me): TeamStatus {
    const keys = { signingKey: identity.signing.publicKey, sealingKey: identity.sealing.publicKey };
    const mine = record.fields.memberId ? directory?.members.get(record.fields.memberId) : undefined;
    return {
      fingerprint: teamKeyFingerprint(sodium, keys),
      signingKey: b64url(sodium, keys.signingKey),
      sealingKey: b64url(sodium, keys.sealingKey),
      memberId: mine ? mine.memberId : null,
      role: mine?.role ?? null,
      serial: directory?.serial ?? null,
      peers: directory
        ? [...directory.members.values()]
            .filter((m) => m.role === 'peer' && m.memberId !== mine?.memberId)
            .map((m) => ({ memberId: m.memberId, fingerprint: teamKeyFingerprint(sodium, m) }))
        : [],
    };
  }

  const seal = (
    self: { sodium: Sodium; memberId: string; identity: TeamIdentity; directory: TeamDirectory },
    to: string,
    payload: TeamPayload,
  ) => {
    const recipient = self.directory.members.get(to);
    if (!recipient) throw new TeamFailure('recipient-not-in-team');
    return {
      recipient: to,
      bytes: sealTeamEnvelope(self.sodium, {
        from: { memberId: self.memberId, identity: self.identity },
        to: { memberId: to, sealingKey: recipient.sealingKey },
        payload,
      }),
    };
  };

  const reviewStatusNote = (answer: ReviewAnswer): Message =>
    answer.decision === 'co-signed'
      ? say('history.team.coSigned', { reviewer: answer.reviewerName })
      : say('history.team.returned', { reviewer: answer.reviewerName, comment: answer.comment });

  /** Files one opened envelope; what cannot be filed is a problem in plain words, never a stop. */
  async function file(self: Awaited<ReturnType<typeof listed>>, { sentBy, from, payload }: OpenedEnvelope): Promise<Message | null> {
    // The agency sends only handoffs (the opener parsed it so); reviews come from members on the list.
    switch (payload.kind) {
      case 'review-request': {
        if (self.role !== 'supervisor') return say('team.envelopeUnreadable');
        const known = (await records.list('review-item')).some((item) => item.fields.submissionId === payload.submissionId);
        if (known) return null;
        await records.save({
          id: null,
          kind: 'review-item',
          changes: {
            submissionId: payload.submissionId,
            fromMemberId: from,
            peerName: payload.senderName,
            personName: payload.personName,
            sentAt: payload.sentAt,
            receivedAt: now(),
            record: payload.record,
          },
          history: { note: say('history.team.reviewReceivedFrom', { peer: payload.senderName, person: payload.personName }) },
        });
        return null;
      }
      case 'review-answer': {
        if (self.directory.members.get(from)?.role !== 'supervisor') return say('team.coSignatureInvalid');
        const submission = (await records.list('review-submission')).find((item) => item.fields.submissionId === payload.submissionId);
        if (!submission || submission.fields.status !== 'waiting') return null;
        if (payload.decision === 'co-signed') {
          // Checked against what was sent: the record may have changed since (then the co-signature no longer holds for it).
          const { recordId: id, recordRev: rev, contentHash } = submission.fields;
          try {
            if (!payload.coSignature) throw new TeamFailure('co-signature-invalid');
            checkCoSignatureOf(self.sodium, payload.coSignature, { id, rev, contentHash }, self.directory);
          } catch (error) {
            if (error instanceof TeamFailure) return say('team.coSignatureInvalid');
            throw error;
          }
        }
        await records.save({
          id: submission.id,
          kind: 'review-submission',
          changes: {
            status: payload.decision,
            comment: payload.comment,
            reviewerName: payload.reviewerName,
            answeredAt: payload.answeredAt,
            coSignature: payload.coSignature,
          },
          history: { note: reviewStatusNote(payload) },
        });
        return null;
      }
      case 'handoff': {
        if (self.role !== 'peer') return say('team.envelopeUnreadable');
        await records.write(async (tx) => receiveHandoff(tx, payload, from, sentBy));
        return null;
      }
    }
  }

  /** `from`: the peer who sent it, or (sent by the agency) the peer who left, whose caseload it is. */
  async function receiveHandoff(tx: RecordWriter, handoff: Handoff, from: string, sentBy: OpenedEnvelope['sentBy']): Promise<void> {
    for (const person of handoff.people) {
      const already = await tx.body(person.personId);
      if (already) continue;
      const incoming = person.records.map((record) => ({
        ...record,
        body: record.id === person.personId ? withoutHandover(record.body) : record.body,
      }));
      tx.mergeIn(
        incoming.map((record) => ({ id: record.id, rev: record.rev, body: record.body, dirty: 1 as const, baseRev: null })),
        incoming.map((record) => record.rev),
      );
      tx.appendHistory(person.history.map(({ seq: _seq, ...event }: (typeof person.history)[number] & { seq?: number }) => event));
      await tx.save({
        id: null,
        kind: 'handoff',
        parentId: person.personId,
        changes: {
          handoffId: handoff.handoffId,
          direction: 'received',
          otherMemberId: from,
          otherName: handoff.senderName,
          byAgency: sentBy === 'agency',
          at: now(),
          consent: person.consent,
        },
        history: { note: receivedNote(handoff.senderName, person.consent.givenOn, sentBy) },
      });
    }
  }

  const receivedNote = (peer: string, givenOn: string, sentBy: OpenedEnvelope['sentBy']): Message => {
    const date = { date: givenOn };
    if (sentBy === 'member') return say('history.team.receivedFrom', { peer, date });
    return peer ? say('history.team.reassignedFrom', { peer, date }) : say('history.team.reassignedFromUnnamed', { date });
  };

  const withoutHandover = (body: SharedRecord['body']): SharedRecord['body'] => {
    const { handedOverOn: _gone, ...fields } = body.fields;
    const { handedOverOn: _clock, ...clocks } = body.clocks;
    return { ...body, fields, clocks };
  };

  /** Every record of one person, whole (bodies with their clocks), and their history lines. */
  async function personEntire(personId: string) {
    const ids = [personId];
    for (const kind of PERSON_KINDS) ids.push(...(await records.children(personId, kind)).map((record) => record.id));
    const bodies = await records.bodies(ids);
    const history = (await audit.trail({ personId })).events.map(({ seq: _seq, ...event }) => event);
    return { records: bodies.map(({ id, rev, body }) => ({ id, rev, body })), history };
  }

  return {
    /** This notebook's team keys (made the first time) and where it stands on the team. */
    'team.status': async (): Promise<TeamStatus> => statusOf(await me()),

    /**
     * Takes a team list (from the server, or a file the agency sent) after checking it was signed
     * by the agency and is not older than the one held; with the server's word of my member id.
     */
    'team.acceptDirectory': async ({ directory, memberId }: { directory: unknown; memberId?: string | null }): Promise<TeamStatus> => {
      const found = await me();
      const held = found.directory && { teamId: found.directory.teamId, serial: found.directory.serial };
      const checked = readTeamDirectory(found.sodium, directory, vault.policy.team.policyKeys, held);
      const mine = memberWithKeys(found.sodium, checked, {
        signingKey: found.identity.signing.publicKey,
        sealingKey: found.identity.sealing.publicKey,
      });
      if (memberId && mine && mine.memberId !== memberId) throw new TeamFailure('directory-malformed');
      const changes: Partial<TeamMembershipFields> = { directory: checked.document, memberId: mine?.memberId ?? null };
      const unchanged = found.directory?.serial === checked.serial && found.record.fields.memberId === changes.memberId;
      const record = unchanged ? found.record : await records.save({ id: found.record.id, kind: 'team-membership', changes });
      return statusOf({ ...found, record, directory: checked });
    },

    /** Where this notebook's mailbox was read up to. */
    'team.mailCursor': async (): Promise<number> => (await membership()).fields.mailCursor,

    /** Sends a note or plan to each supervisor on the list, if the agency's policy has supervisors review its kind. */
    'team.submit': async ({ recordId, senderName }: { recordId: string; senderName: string }): Promise<OutgoingEnvelope[]> => {
      const self = await listed();
      const [body] = await records.bodies([recordId]);
      const kind = body?.body.kind as ReviewableKind | undefined;
      if (!body || body.body.deleted || !kind || !vault.policy.team.supervisorReviews.includes(kind))
        throw new InvalidInputError(say('team.nothingToShare'));
      const personId = body.body.parentId!;
      const waiting = (await records.children(personId, 'review-submission')).some(
        (item) => item.fields.recordId === recordId && item.fields.status === 'waiting',
      );
      if (waiting) throw new InvalidInputError(say('team.alreadySubmitted'));
      const person = await records.require('person', personId, 'notFound.person');
      const request: ReviewRequest = {
        v: 1,
        kind: 'review-request',
        submissionId: randomId(),
        senderName,
        personName: person.fields.preferredName,
        sentAt: now(),
        // Only what the supervisor reviews: no field clocks, unmerged versions, parent id or drawn signatures.
        record: { id: body.id, rev: body.rev, body: { ...newRecordBody(kind), fields: reviewedFields(kind, body.body.fields) } },
      };
      const supervisors = [...self.directory.members.values()].filter((member) => member.role === 'supervisor');
      if (supervisors.length === 0) throw new TeamFailure('recipient-not-in-team');
      const envelopes = supervisors.map((supervisor) => seal(self, supervisor.memberId, request));
      await records.save({
        id: null,
        kind: 'review-submission',
        parentId: personId,
        changes: {
          submissionId: request.submissionId,
          recordId,
          recordKind: kind,
          recordRev: body.rev,
          contentHash: recordContentHash(self.sodium, request.record.body.fields),
          submittedAt: request.sentAt,
        },
      });
      return envelopes;
    },

    /** Opens what arrived, in order, files each, and moves the mailbox cursor past them; what cannot be opened is set aside and said. */
    'team.receive': async ({ mail }: { mail: { seq: number; bytes: Uint8Array }[] }): Promise<{ filed: number; problems: Message[] }> => {
      const self = await listed();
      const problems: Message[] = [];
      let filed = 0;
      let cursor = self.record.fields.mailCursor;
      for (const item of [...mail].sort((a, b) => a.seq - b.seq)) {
        if (item.seq <= cursor) continue;
        try {
          const opened = openTeamEnvelope(self.sodium, item.bytes, self, self.directory, vault.policy.team.policyKeys);
          const problem = await file(self, opened);
          if (problem) problems.push(problem);
          else filed++;
        } catch (error) {
          if (!(error instanceof MessageError)) throw error;
          problems.push(...error.messages);
        }
        cursor = item.seq;
      }
      if (cursor !== self.record.fields.mailCursor)
        await records.save({ id: self.record.id, kind: 'team-membership', changes: { mailCursor: cursor } });
      return { filed, problems };
    },

    /** The supervisor's queue: what waits for review, oldest first, by peer (the peer whose oldest waits longest first). */
    'team.reviewQueue': async (): Promise<ReviewQueueGroup[]> => {
      const waiting = (await records.list('review-item'))
        .filter((item) => item.fields.status === 'waiting')
        .sort((a, b) => a.fields.sentAt.localeCompare(b.fields.sentAt));
      const groups = new Map<string, ReviewQueueGroup>();
      for (const item of waiting) {
        const group = groups.get(item.fields.fromMemberId) ?? {
          fromMemberId: item.fields.fromMemberId,
          peerName: item.fields.peerName,
          items: [],
        };
        group.items.push({
          id: item.id,
          submissionId: item.fields.submissionId,
          personName: item.fields.personName,
          recordKind: item.fields.record.body.kind,
          sentAt: item.fields.sentAt,
          fields: item.fields.record.body.fields,
        });
        groups.set(item.fields.fromMemberId, group);
      }
      return [...groups.values()];
    },

    /** Co-signs or returns (with a comment in plain words) one item of the queue; the answer sealed to the peer. */
    'team.answer': async (input: {
      id: string;
      decision: 'co-signed' | 'returned';
      comment: string;
      reviewerName: string;
    }): Promise<OutgoingEnvelope> => {
      const comment = input.comment.trim();
      if (input.decision === 'returned' && !comment) throw new InvalidInputError(say('team.returnCommentMissing'));
      const self = await listed();
      const item = await records.require('review-item', input.id, 'notFound.record');
      const shared = item.fields.record;
      const answer: ReviewAnswer = {
        v: 1,
        kind: 'review-answer',
        submissionId: item.fields.submissionId,
        reviewerName: input.reviewerName,
        answeredAt: now(),
        decision: input.decision,
        comment,
        coSignature:
          input.decision === 'co-signed'
            ? coSignRecord(self.sodium, {
                supervisorId: self.memberId,
                signingSecretKey: self.identity.signing.secretKey,
                record: { id: shared.id, rev: shared.rev, fields: shared.body.fields },
                signedAt: now(),
              })
            : null,
      };
      const envelope = seal(self, item.fields.fromMemberId, answer);
      const parts = { peer: item.fields.peerName, person: item.fields.personName };
      await records.save({
        id: item.id,
        kind: 'review-item',
        changes: { status: input.decision, comment, answeredAt: answer.answeredAt },
        history: {
          note:
            input.decision === 'co-signed'
              ? say('history.team.youCoSigned', parts)
              : say('history.team.youReturned', { ...parts, comment }),
        },
      });
      return envelope;
    },

    /** What came back from review and the peer has not read yet, newest first (Today shows it). */
    'team.cameBack': async (): Promise<CameBack[]> =>
      (await records.list('review-submission'))
        .filter((item) => item.fields.status !== 'waiting' && !item.fields.seen)
        .sort((a, b) => (b.fields.answeredAt ?? '').localeCompare(a.fields.answeredAt ?? ''))
        .map((item) => ({
          id: item.id,
          personId: item.parentId!,
          recordId: item.fields.recordId,
          recordKind: item.fields.recordKind,
          status: item.fields.status,
          comment: item.fields.comment,
          reviewerName: item.fields.reviewerName,
          answeredAt: item.fields.answeredAt,
          coSigned: item.fields.coSignature !== null,
        })),

    'team.markSeen': async ({ id }: { id: string }): Promise<void> => {
      await records.save({ id, kind: 'review-submission', changes: { seen: true } });
    },

    ...handOverHandlers({ records, clock, listen: (listener) => vault.listen(listener), listed, seal, personEntire }),
    ...teamListFileHandlers({ me, policyKeys: () => vault.policy.team.policyKeys }),
  };
}
