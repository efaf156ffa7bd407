/**
 * The app's client for the team routes of the agency's sync server (shared/team/team-protocol.ts),
 * in the main process, signed as this computer's enrolled device (the credential the sync client
 * keeps). It moves sealed envelopes and the signed team list; it never sees what is inside them.
 * A refusal or a network failure becomes a TeamServerError with a kind the window words.
 */
import type { z } from 'zod';
import { ServerRefusal } from '@shared/sync/server-protocol';
import { KeysBody, MailPage, MailPosted, TEAM_PATHS, TeamRefusal, TeamReply } from '@shared/team/team-protocol';
import { requestSigner, type ServerCredential, type SyncServerProblem } from './sync-server-client';

export type TeamServerProblem = TeamRefusal['error'] | SyncServerProblem;

export class TeamServerError extends Error {
  constructor(readonly problem: TeamServerProblem) {
    super(`The team server refused or could not be reached (${problem}).`);
    this.name = 'TeamServerError';
  }
}

const REQUEST_TIMEOUT_MS = 60_000;

export function createTeamServerClient(credential: ServerCredential, { fetch: fetchImpl = globalThis.fetch, now = Date.now } = {}) {
  const signed = requestSigner(credential, now);

  async function request(method: string, path: string, body?: { bytes: Uint8Array; type: string }): Promise<Response> {
    const bytes = body?.bytes ?? new Uint8Array(0);
    const headers = signed(method, path, bytes);
    if (body) headers['content-type'] = body.type;
    let response: Response;
    try {
      response = await fetchImpl(`${credential.url}${path}`, {
        method,
        headers,
        body: body ? (bytes as Uint8Array<ArrayBuffer>) : undefined,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new TeamServerError('unreachable');
    }
    if (response.ok) return response;
    const reply: unknown = await response.json().catch(() => null);
    const refusal = TeamRefusal.safeParse(reply);
    const syncRefusal = ServerRefusal.safeParse(reply);
    throw new TeamServerError(
      refusal.success
        ? refusal.data.error
        : syncRefusal.success
          ? syncRefusal.data.error
          : response.status >= 500
            ? 'server-error'
            : 'bad-reply',
    );
  }

  async function json<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new TeamServerError('bad-reply');
    return parsed.data;
  }

  return {
    /** Who this account is on its team, and the signed list as published. */
    async team() {
      return json(await request('GET', TEAM_PATHS.team), TeamReply);
    },
    async publishKeys(keys: KeysBody) {
      await request('PUT', TEAM_PATHS.keys, { bytes: Buffer.from(JSON.stringify(KeysBody.parse(keys))), type: 'application/json' });
    },
    async send(recipient: string, envelope: Uint8Array) {
      return json(
        await request('POST', `${TEAM_PATHS.mail}/${recipient}`, { bytes: envelope, type: 'application/octet-stream' }),
        MailPosted,
      );
    },
    /** Envelopes sealed to me after `after` (a page), with their numbers. */
    async mail(after: number) {
      const page = await json(await request('GET', `${TEAM_PATHS.mail}?after=${after}`), MailPage);
      return {
        head: page.head,
        mail: page.mail.map((item) => ({ seq: item.seq, bytes: new Uint8Array(Buffer.from(item.bytes, 'base64url')) })),
      };
    },
  };
}

export type TeamServerClient = ReturnType<typeof createTeamServerClient>;
