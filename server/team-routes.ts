/**
 * The team routes (shared/team/team-protocol.ts): signed by a device like every sync route, each
 * acting as the device's account's member. A device whose account is on no team, or was taken
 * off it, is refused before anything is read or written.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_TEAM_ENVELOPE_BYTES } from '@shared/team/team-envelope';
import { TEAM_PATHS, type TeamRefusal } from '@shared/team/team-protocol';
import { TeamStore, type Member } from './team-store';
import type pg from 'pg';

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

const STATUS: Record<TeamRefusal['error'], number> = { 'not-a-member': 403, removed: 403, 'recipient-unknown': 404 };
const refuse = (reply: FastifyReply, error: TeamRefusal['error']) => reply.code(STATUS[error]).send({ error });
const memberId = { type: 'string', pattern: '^[0-9a-f]{32}$' } as const;
const publicKey = { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' } as const;

declare module 'fastify' {
  interface FastifyRequest {
    member: Member;
  }
}

export function registerTeamRoutes(app: FastifyInstance, options: { pool: pg.Pool; signed: { onRequest: Hook; preValidation: Hook } }) {
  const store = new TeamStore(options.pool);
  const asMember = {
    onRequest: options.signed.onRequest,
    preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
      await options.signed.preValidation(request, reply);
      if (reply.sent) return;
      const member = await store.memberOf(request.device.accountId);
      if (typeof member === 'string') return refuse(reply, member);
      request.member = member;
    },
  };

  app.get(TEAM_PATHS.team, asMember, async (request) => store.team(request.member));

  app.put(
    TEAM_PATHS.keys,
    {
      ...asMember,
      schema: {
        body: {
          type: 'object',
          required: ['signingKey', 'sealingKey'],
          additionalProperties: false,
          properties: { signingKey: publicKey, sealingKey: publicKey },
        },
      },
    },
    async (request, reply) => {
      const body = request.body as { signingKey: string; sealingKey: string };
      await store.setKeys(request.member, {
        signingKey: Buffer.from(body.signingKey, 'base64url'),
        sealingKey: Buffer.from(body.sealingKey, 'base64url'),
      });
      return reply.code(204).send();
    },
  );

  app.post(
    `${TEAM_PATHS.mail}/:recipient`,
    {
      ...asMember,
      bodyLimit: MAX_TEAM_ENVELOPE_BYTES,
      schema: { params: { type: 'object', required: ['recipient'], properties: { recipient: memberId } } },
    },
    async (request, reply) => {
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) return reply.code(400).send({ error: 'bad-request' });
      const { recipient } = request.params as { recipient: string };
      const posted = await store.post(request.member, recipient, bytes);
      return typeof posted === 'string' ? refuse(reply, posted) : reply.code(201).send(posted);
    },
  );

  app.get(
    TEAM_PATHS.mail,
    {
      ...asMember,
      schema: {
        querystring: {
          type: 'object',
          required: ['after'],
          additionalProperties: false,
          properties: { after: { type: 'integer', minimum: 0 } },
        },
      },
    },
    async (request) => store.pull(request.member, (request.query as { after: number }).after),
  );
}
