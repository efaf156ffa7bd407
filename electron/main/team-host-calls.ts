/**
 * The team's host calls (shared/host-api.ts): the window names the sync server by the place token
 * it syncs with, and these carry sealed envelopes and the signed team list through the team client
 * (team-server-client.ts), signed as this computer's enrolled device. Failures come back as kinds.
 */
import type { HostCallArgs, HostCallResult, TeamProblem } from '@shared/host-api';
import type { SyncServerRemotes } from './sync-server-remote';
import { createTeamServerClient, TeamServerError, type TeamServerClient } from './team-server-client';

type TeamCallName = 'teamInfo' | 'publishTeamKeys' | 'sendTeamMail' | 'readTeamMail';

class NoServer extends Error {}

function problemOf(error: unknown): TeamProblem {
  if (error instanceof NoServer) return 'no-server';
  if (!(error instanceof TeamServerError)) throw error;
  const { problem } = error;
  if (problem === 'not-a-member' || problem === 'removed' || problem === 'recipient-unknown' || problem === 'unreachable') return problem;
  return 'refused';
}

export function teamHostCalls(
  servers: SyncServerRemotes | undefined,
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
): { [N in TeamCallName]: (...args: HostCallArgs<N>) => Promise<HostCallResult<N>> } {
  const clients = new Map<string, TeamServerClient>();
  async function clientOf(token: string): Promise<TeamServerClient> {
    const credential = await servers?.credentialOf(token);
    if (!credential) throw new NoServer();
    let client = clients.get(token);
    if (!client) clients.set(token, (client = createTeamServerClient(credential, { fetch: fetchImpl })));
    return client;
  }
  async function outcome<T extends object>(work: () => Promise<T>): Promise<({ ok: true } & T) | { ok: false; problem: TeamProblem }> {
    try {
      return { ok: true, ...(await work()) };
    } catch (error) {
      return { ok: false, problem: problemOf(error) };
    }
  }
  return {
    teamInfo: (token) => outcome(async () => ({ team: await (await clientOf(token)).team() })),
    publishTeamKeys: (token, keys) => outcome(async () => (await (await clientOf(token)).publishKeys(keys), {})),
    sendTeamMail: (token, recipient, bytes) => outcome(async () => (await (await clientOf(token)).send(recipient, bytes), {})),
    readTeamMail: (token, after) => outcome(async () => (await clientOf(token)).mail(after)),
  };
}
