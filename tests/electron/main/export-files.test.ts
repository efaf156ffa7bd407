import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicFs } from '../../../electron/main/atomic-file';
import { createExportFiles } from '../../../electron/main/export-files';
import { FakeExportFileDialog, fsFailingWrites, fsNotingWrites } from './fakes';

const CSV = '\uFEFFmedicaid_id,date_of_service\r\n900123456Q,2026-03-02\r\n';

let root: string;
let folder: string;
beforeEach(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-exports-'));
  folder = join(root, 'chosen');
  await fsp.mkdir(folder);
});
afterEach(async () => {
  await fsp.rm(root, { recursive: true, force: true });
});

function setup(fs?: AtomicFs) {
  const dialog = new FakeExportFileDialog();
  dialog.folder = folder;
  return { dialog, files: createExportFiles({ dialog, fs }) };
}

describe('saving an export file', () => {
  it('writes the text exactly (byte-order mark included) under the chosen name', async () => {
    const { files, dialog } = setup();
    await expect(files.save({ format: 'csv', text: CSV, suggestedName: 'Claims 2026-03' })).resolves.toEqual({
      ok: true,
      saved: true,
      name: 'Claims 2026-03.csv',
    });
    expect(dialog.asked).toEqual(['Claims 2026-03.csv']);
    const bytes = await fsp.readFile(join(folder, 'Claims 2026-03.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(CSV);
  });

  it('writes nothing in clear outside the chosen folder, and leaves no temp file behind', async () => {
    const written: string[] = [];
    const { files } = setup(fsNotingWrites(written));
    await files.save({ format: 'json', text: '{"resourceType":"Bundle"}', suggestedName: 'Jordan FHIR' });
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((path) => dirname(path) === folder)).toBe(true);
    expect(await fsp.readdir(root)).toEqual(['chosen']);
    expect(await fsp.readdir(folder)).toEqual(['Jordan FHIR.json']);
  });

  it('adds the extension when the dialog did not', async () => {
    const { files, dialog } = setup();
    dialog.chooseSaveFile = async () => join(folder, 'for billing');
    await expect(files.save({ format: 'csv', text: CSV, suggestedName: 'x' })).resolves.toMatchObject({ name: 'for billing.csv' });
  });

  it('saves nothing when the peer cancels', async () => {
    const { files, dialog } = setup();
    dialog.folder = null;
    await expect(files.save({ format: 'csv', text: CSV, suggestedName: 'x' })).resolves.toEqual({ ok: true, saved: false });
    expect(await fsp.readdir(folder)).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'disk-full'],
    ['EIO', 'drive-unavailable'],
  ])(
    'a write failing with %s answers with the problem for the window to word, no system message, and leaves nothing, not even the temp file',
    async (code, problem) => {
      const { files } = setup(fsFailingWrites(code));
      const outcome = await files.save({ format: 'csv', text: CSV, suggestedName: 'Claims' });
      expect(outcome).toEqual({ ok: false, problem });
      expect(await fsp.readdir(folder)).toEqual([]);
    },
  );
});
