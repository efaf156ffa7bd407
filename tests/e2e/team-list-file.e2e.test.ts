/**
 * The team without a server, in one app: a damaged team list file is refused in plain words; the
 * agency's signed list is shown (its signing key's fingerprint, its number, who is on it) before
 * it is used; and a peer not yet on the list is told why they cannot hand a person over yet. The
 * handoff between two peers is driven in the three-app end-to-end test.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium } from '@shared/crypto/sodium';
import { agencyKeyFingerprint } from '@shared/crypto/agency-key';
import { signTeamDirectory, TEAM_DIRECTORY_FORMAT_VERSION } from '@shared/team/team-directory';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { unlockToJordan } from './flows';
import { agencyInstallation } from '../support/installation';
import { makeTestAgency } from '../shared/agency/agency-fixtures';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
afterAll(() => app?.close());

describe('the team list from a file', () => {
  let folder: string;
  let agency: ReturnType<typeof makeTestAgency>;
  let signedList: string;
  beforeAll(async () => {
    const sodium = await loadSodium();
    agency = makeTestAgency(sodium);
    const key = () => sodium.to_base64(sodium.crypto_sign_keypair().publicKey, sodium.base64_variants.URLSAFE_NO_PADDING);
    const member = (role: 'peer' | 'supervisor') => ({
      memberId: randomBytes(16).toString('hex'),
      role,
      signingKey: key(),
      sealingKey: key(),
    });
    const list = signTeamDirectory(
      sodium,
      {
        type: 'peer-notebook/team-directory',
        format: TEAM_DIRECTORY_FORMAT_VERSION,
        teamId: randomBytes(16).toString('hex'),
        serial: 2,
        issuedAt: '2026-11-20T15:00:00.000Z',
        members: [member('peer'), member('peer'), member('supervisor')],
      },
      agency.policy.privateKey,
    );
    signedList = JSON.stringify(list, null, 2);
    folder = await mkdtemp(join(tmpdir(), 'peer-notebook-team-list-'));
    app = await openApp({
      notebook: 'jordan',
      installationPolicy: agencyInstallation(sodium, { ...agency.json, policies: { requireAgencyKeySlot: false } }),
    });
    await unlockToJordan(app.page);
  });

  it('refuses a damaged file, shows a signed one before it is used, and says why a peer not on it cannot hand a person over', async () => {
    const { page } = app;
    // Jordan's page: the handoff needs the peer on the team first.
    await page.getByRole('button', { name: 'Hand over to another peer' }).click();
    await waitFor(page.getByText('You can hand people over once your agency has put you on the team as a peer.', { exact: false }));

    await page.getByRole('button', { name: 'Team', exact: true }).click();
    await waitFor(page.getByRole('heading', { name: 'Your team', exact: true }));
    app.teamListDialogs.fileToOpen = join(folder, 'damaged.json');
    await writeFile(app.teamListDialogs.fileToOpen, signedList.slice(0, 300));
    await page.getByRole('button', { name: 'Open a team list file' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/This is not a Peer Notebook team list, or it was damaged on the way. Nothing was changed./);

    app.teamListDialogs.fileToOpen = join(folder, 'team-list.json');
    await writeFile(app.teamListDialogs.fileToOpen, signedList);
    await page.getByRole('button', { name: 'Open a team list file' }).click();
    const shown = page.getByLabel("This team list (team-list.json) was signed with your agency's key.");
    await waitFor(shown);
    const text = await shown.textContent();
    expect(text).toContain(agencyKeyFingerprint(await loadSodium(), agency.policy.publicKey));
    expect(text).toContain('List number2');
    expect(text).toContain('Peers: 2. Supervisors: 1.');
    expect(text).toContain('Your team key is not on it yet.');
    await page.getByRole('button', { name: 'Use this team list' }).click();
    await waitFor(page.getByText('Team list number 2 is in use now.'));
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
