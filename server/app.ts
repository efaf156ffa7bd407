/**
 * The sync server's HTTP routes (Fastify; every parameter, query and JSON body checked by schema):
 *
 *   POST /v1/enrol                                    one-time code + public key -> device id (unsigned)
 *   GET  /v1/vaults                                   the account's notebooks, each with epoch and head
 *   GET  /v1/vaults/:vaultId/header                   the notebook's header (key slots), epoch, head
 *   PUT  /v1/vaults/:vaultId/header                   stores the header; a new vault becomes the account's
 *   POST /v1/vaults/:vaultId/segments/:writer/:seq    one sealed segment (octet-stream), idempotent by name
 *   GET  /v1/vaults/:vaultId/segments?after=N&wait=S  a page of segments after N, waiting up to S seconds
 *   /v1/team...                                       a team's signed list and blind mailbox (team-routes.ts)
 *
 * Every route but enrolment is signed by a device (device-auth.ts) and allowed only on its
 * account's notebooks. A refusal is a kind (`{ error }`, shared/sync/server-protocol.ts), never a
 * system message; the log holds methods, paths (random ids) and status codes, never a body.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import type pg from 'pg';
import {
  AUTH_HEADERS,
  ENROLMENT_CODE,
  MAX_WAIT_SECONDS,
  PROTOCOL_PREFIX,
  encodePullPage,
  type ServerRefusal,
} from '@shared/sync/server-protocol';
import { MAX_SYNC_SEGMENT_BYTES, MAX_SEGMENT_SEQ } from '@shared/sync/sync-segment';
import { DeviceAuth, type Device } from './device-auth';
import { VaultStore, type VaultAccess } from './vault-store';
import type { ChangeWatch } from './change-watch';
import { registerTeamRoutes } from './team-routes';

export interface ServerOptions {
  primary: pg.Pool;
  /** A streaming replica pulls may read (never past the primary's head). */
  replica?: pg.Pool;
  watch: ChangeWatch;
  /** Fastify's logger: false, true, or pino options (a stream in tests). */
  logger?: boolean | object;
  /** Requests a device (or, unsigned, an address) may make a minute. */
  requestsPerMinute?: number;
  /** Enrolments an address may try a minute (a code is guessed only by trying). */
  enrolmentsPerMinute?: number;
  now?: () => number;
}

/** A waiting pull looks again at least this often: a revocation holds within it even if a notification is lost. */
const WAIT_SLICE_MS = 2000;
const JSON_BODY_LIMIT = 64 * 1024;
const SEGMENT_BODY_LIMIT = MAX_SYNC_SEGMENT_BYTES;

type Refusal = ServerRefusal['error'];
const STATUS: Record<Refusal, number> = {
  unauthorised: 401,
  'clock-off': 401,
  replayed: 401,
  revoked: 401,
  'code-not-valid': 403,
  forbidden: 403,
  'not-found': 404,
  'segment-exists': 409,
  'bad-request': 400,
  'too-large': 413,
  'too-many-requests': 429,
  'server-error': 500,
};

declare module 'fastify' {
  interface FastifyRequest {
    rawBody: Buffer;
    device: Device;
  }
}

const refuse = (reply: FastifyReply, error: Refusal) => reply.code(STATUS[error]).send({ error });
const refusalOf = (access: VaultAccess | 'segment-exists'): Refusal => access;

const vaultParams = {
  type: 'object',
  required: ['vaultId'],
  properties: { vaultId: { type: 'string', pattern: '^[0-9a-f]{32}$' } },
} as const;
const positionSchema = {
  type: 'object',
  required: ['epoch', 'head'],
  properties: { epoch: { type: 'string' }, head: { type: 'integer' } },
} as const;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: JSON_BODY_LIMIT,
    // Behind a reverse proxy (docs/SERVER.md): the client's address comes from X-Forwarded-For.
    trustProxy: true,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array' } },
  });
  const auth = new DeviceAuth(options.primary, options.now);
  const store = new VaultStore(options.primary, options.replica);

  // Bodies are kept raw: a signature covers the bytes as sent.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    request.rawBody = body;
    try {
      done(null, body.length === 0 ? undefined : JSON.parse(body.toString('utf8')));
    } catch {
      done(Object.assign(new Error('not JSON'), { statusCode: 400 }), undefined);
    }
  });
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: SEGMENT_BODY_LIMIT },
    (request, body: Buffer, done) => {
      request.rawBody = body;
      done(null, body);
    },
  );

  app.setErrorHandler((error: { statusCode?: number; validation?: unknown; code?: string }, request, reply) => {
    if (error.statusCode === 413) return refuse(reply, 'too-large');
    if (error.statusCode === 429) return refuse(reply, 'too-many-requests');
    if (error.validation || (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500))
      return refuse(reply, 'bad-request');
    request.log.error({ code: error.code }, 'request failed');
    return refuse(reply, 'server-error');
  });
  app.setNotFoundHandler((_request, reply) => refuse(reply, 'not-found'));

  await app.register(rateLimit, {
    max: options.requestsPerMinute ?? 600,
    timeWindow: 60_000,
    keyGenerator: (request) => {
      const device = request.headers[AUTH_HEADERS.device];
      return typeof device === 'string' ? `device:${device.slice(0, 40)}` : `ip:${request.ip}`;
    },
    errorResponseBuilder: () => ({ statusCode: 429, error: 'too-many-requests' }),
  });

  /** Signed routes: a request without the signature's headers is refused before its body is read. */
  const signed = {
    onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
      if (Object.values(AUTH_HEADERS).some((name) => typeof request.headers[name] !== 'string')) return refuse(reply, 'unauthorised');
    },
    preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
      const result = await auth.authenticate({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: request.rawBody ?? Buffer.alloc(0),
      });
      if (typeof result === 'string') return refuse(reply, result);
      request.device = result;
    },
  };

  app.post(
    `${PROTOCOL_PREFIX}/enrol`,
    {
      config: { rateLimit: { max: options.enrolmentsPerMinute ?? 10, timeWindow: 60_000 } },
      schema: {
        body: {
          type: 'object',
          required: ['code', 'publicKey'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: ENROLMENT_CODE.source },
            publicKey: { type: 'string', pattern: '^[A-Za-z0-9_-]{43}$' },
          },
        },
        response: { 201: { type: 'object', required: ['deviceId'], properties: { deviceId: { type: 'string' } } } },
      },
    },
    async (request, reply) => {
      const { code, publicKey } = request.body as { code: string; publicKey: string };
      const device = await auth.enrol(code, Buffer.from(publicKey, 'base64url'));
      if (!device) return refuse(reply, 'code-not-valid');
      return reply.code(201).send({ deviceId: device.deviceId });
    },
  );

  app.get(
    `${PROTOCOL_PREFIX}/vaults`,
    {
      ...signed,
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['vaults'],
            properties: {
              vaults: {
                type: 'array',
                items: {
                  ...positionSchema,
                  required: ['vaultId', 'epoch', 'head'],
                  properties: { ...positionSchema.properties, vaultId: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    },
    async (request) => ({ vaults: await store.vaultsOf(request.device.accountId) }),
  );

  app.get(
    `${PROTOCOL_PREFIX}/vaults/:vaultId/header`,
    {
      ...signed,
      schema: {
        params: vaultParams,
        response: {
          200: {
            ...positionSchema,
            required: ['epoch', 'head', 'header'],
            properties: { ...positionSchema.properties, header: { type: ['string', 'null'] } },
          },
        },
      },
    },
    async (request, reply) => {
      const { vaultId } = request.params as { vaultId: string };
      const found = await store.readHeader(vaultId, request.device.accountId);
      return typeof found === 'string' ? refuse(reply, refusalOf(found)) : found;
    },
  );

  app.put(
    `${PROTOCOL_PREFIX}/vaults/:vaultId/header`,
    {
      ...signed,
      schema: {
        params: vaultParams,
        body: {
          type: 'object',
          required: ['header'],
          additionalProperties: false,
          properties: { header: { type: 'string', minLength: 2, maxLength: 60_000 } },
        },
        response: { 200: positionSchema },
      },
    },
    async (request, reply) => {
      const { vaultId } = request.params as { vaultId: string };
      const written = await store.writeHeader(vaultId, request.device.accountId, (request.body as { header: string }).header);
      return typeof written === 'string' ? refuse(reply, refusalOf(written)) : written;
    },
  );

  app.post(
    `${PROTOCOL_PREFIX}/vaults/:vaultId/segments/:writer/:seq`,
    {
      ...signed,
      bodyLimit: SEGMENT_BODY_LIMIT,
      schema: {
        params: {
          type: 'object',
          required: ['vaultId', 'writer', 'seq'],
          properties: {
            ...vaultParams.properties,
            writer: { type: 'string', pattern: '^[0-9a-f]{16}$' },
            seq: { type: 'integer', minimum: 1, maximum: MAX_SEGMENT_SEQ },
          },
        },
        response: {
          200: {
            ...positionSchema,
            required: ['epoch', 'head', 'serverSeq'],
            properties: { ...positionSchema.properties, serverSeq: { type: 'integer' } },
          },
        },
      },
    },
    async (request, reply) => {
      const { vaultId, writer, seq } = request.params as { vaultId: string; writer: string; seq: number };
      const bytes = request.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) return refuse(reply, 'bad-request');
      const stored = await store.push(vaultId, request.device.accountId, { writer, seq, bytes });
      return typeof stored === 'string' ? refuse(reply, refusalOf(stored)) : stored;
    },
  );

  app.get(
    `${PROTOCOL_PREFIX}/vaults/:vaultId/segments`,
    {
      ...signed,
      schema: {
        params: vaultParams,
        querystring: {
          type: 'object',
          required: ['after'],
          additionalProperties: false,
          properties: {
            after: { type: 'integer', minimum: 0 },
            wait: { type: 'integer', minimum: 0, maximum: MAX_WAIT_SECONDS },
            last: { type: 'string', pattern: '^[0-9a-f]{16}\\.[1-9][0-9]{0,9}$' },
          },
        },
      },
    },
    async (request, reply) => {
      const { vaultId } = request.params as { vaultId: string };
      const query = request.query as { after: number; wait?: number; last?: string };
      const [writer, seq] = query.last?.split('.') ?? [];
      const last = writer && seq ? { writer, seq: Number(seq) } : null;
      const { device } = request;
      const deadline = Date.now() + (query.wait ?? 0) * 1000;
      let gone = false;
      reply.raw.once('close', () => (gone = true));
      for (;;) {
        // Listening before looking: a push committed between the two still wakes this pull.
        const waiter = options.watch.wait(vaultId, device.deviceId, Math.max(0, Math.min(WAIT_SLICE_MS, deadline - Date.now())));
        const page = await store.pull(vaultId, device.accountId, query.after, last);
        if (typeof page === 'string') {
          waiter.cancel();
          return refuse(reply, refusalOf(page));
        }
        if (page.segments.length > 0 || !page.continues || Date.now() >= deadline || gone) {
          waiter.cancel();
          return reply.type('application/octet-stream').send(Buffer.from(encodePullPage(page)));
        }
        await waiter.woken;
        if (!(await auth.isActive(device.deviceId))) return refuse(reply, 'revoked');
      }
    },
  );

  registerTeamRoutes(app, { pool: options.primary, signed });

  return app;
}
