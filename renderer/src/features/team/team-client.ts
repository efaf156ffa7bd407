/**
 * The window's half of team work: it finds the sync server this notebook syncs with, asks the main
 * process to carry sealed bytes to and from it, and hands them to the vault worker, which alone
 * seals and opens them (team-handlers.ts).
 */
import type { HostApi, TeamProblem } from '@shared/host-api';
import type { Message } from '@shared/messages';
import type { VaultCall } from '../../ui/vault-client';
import type { OutgoingEnvelope, TeamStatus } from './worker/team-handlers';

/** A team call that did not go through, by kind (team.problems.* in the locales). */
export class TeamProblemError extends Error {
  constructor(readonly problem: TeamProblem) {
    super(`Team work did not go through (${problem}).`);
  }
}

const unwrap = <T extends { ok: boolean }>(outcome: T | { ok: false; problem: TeamProblem }): T => {
  if ('problem' in outcome) throw new TeamProblemError(outcome.problem);
  return outcome as T;
};

/** The place token of the sync server this notebook syncs with; team work goes through it. */
export async function serverPlace(vault: VaultCall): Promise<string> {
  const { folder } = await vault('sync.status');
  if (!folder) throw new TeamProblemError('no-server');
  return folder.place;
}

/** Fetches the signed list (sending this notebook's keys until it is on it), then reads and files the mailbox. */
export async function checkTeam(vault: VaultCall, host: HostApi): Promise<{ status: TeamStatus; filed: number; problems: Message[] }> {
  const place = await serverPlace(vault);
  let status = await vault('team.status');
  const { team } = unwrap(await host.teamInfo(place));
  if (team.directory) status = await vault('team.acceptDirectory', { directory: JSON.parse(team.directory), memberId: team.memberId });
  if (!status.memberId) {
    unwrap(await host.publishTeamKeys(place, { signingKey: status.signingKey, sealingKey: status.sealingKey }));
    return { status, filed: 0, problems: [] };
  }
  let filed = 0;
  const problems: Message[] = [];
  for (;;) {
    const page = unwrap(await host.readTeamMail(place, await vault('team.mailCursor')));
    if (page.mail.length === 0) break;
    const received = await vault('team.receive', { mail: page.mail });
    filed += received.filed;
    problems.push(...received.problems);
  }
  return { status, filed, problems };
}

export async function sendEnvelopes(vault: VaultCall, host: HostApi, envelopes: readonly OutgoingEnvelope[]): Promise<void> {
  const place = await serverPlace(vault);
  for (const envelope of envelopes) unwrap(await host.sendTeamMail(place, envelope.recipient, envelope.bytes as Uint8Array<ArrayBuffer>));
}
