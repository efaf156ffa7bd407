/** The team list file: opened where the peer picks it; a cancelled dialog, a file too large and a missing drive each said as a kind, never thrown. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEAM_LIST_BYTES } from '@shared/host-api';
import { createTeamListFiles } from '../../../electron/main/team-list-files';
import { FakeTeamListDialogs } from './fakes';

async function setup() {
  const dialogs = new FakeTeamListDialogs();
  const folder = await mkdtemp(join(tmpdir(), 'pn-team-list-'));
  return { dialogs, folder, files: createTeamListFiles({ dialogs }) };
}

describe('team list files', () => {
  it('opens the file the peer picks, by its name only, and nothing when they cancel', async () => {
    const { dialogs, folder, files } = await setup();
    expect(await files.open()).toEqual({ ok: true, opened: false });
    dialogs.fileToOpen = join(folder, 'team-list-7.json');
    await writeFile(dialogs.fileToOpen, '{"type":"peer-notebook/team-directory"}\n');
    expect(await files.open()).toEqual({
      ok: true,
      opened: true,
      name: 'team-list-7.json',
      text: '{"type":"peer-notebook/team-directory"}\n',
    });
    expect(dialogs.opened).toBe(2);
  });

  it('says when the file is too large to be a team list, or its drive went away', async () => {
    const { dialogs, folder, files } = await setup();
    dialogs.fileToOpen = join(folder, 'huge.json');
    await writeFile(dialogs.fileToOpen, new Uint8Array(MAX_TEAM_LIST_BYTES + 1));
    expect(await files.open()).toEqual({ ok: false, problem: 'too-large' });
    dialogs.fileToOpen = join(folder, 'gone', 'team-list.json');
    expect(await files.open()).toEqual({ ok: false, problem: 'drive-unavailable' });
  });
});
