import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtomicFs } from '../../../electron/main/atomic-file';
import { createPersonCopies, PersonCopyTooLargeError, type RenderPdf } from '../../../electron/main/person-copies';
import { FakePersonCopyDialog, fsFailingWrites, fsNotingWrites } from './fakes';

const PAGE = '<!doctype html><html lang="en"><p>I want my own place &amp; a garden</p></html>';
const PDF = new TextEncoder().encode('%PDF-1.7 drawn from the page');

let folder: string;
beforeEach(async () => {
  folder = await fsp.mkdtemp(join(tmpdir(), 'peer-notebook-copies-'));
});
afterEach(async () => {
  await fsp.rm(folder, { recursive: true, force: true });
});

function setup({ renderPdf = vi.fn<RenderPdf>(async () => PDF), fs }: { renderPdf?: RenderPdf; fs?: AtomicFs } = {}) {
  const dialog = new FakePersonCopyDialog();
  dialog.folder = folder;
  return { dialog, renderPdf, copies: createPersonCopies({ dialog, renderPdf, fs }) };
}

describe("saving the person's own copy", () => {
  it('saves the web page exactly as made, under the chosen name, with no temp file left', async () => {
    const { copies, dialog, renderPdf } = setup();
    await expect(copies.save({ format: 'html', html: PAGE, suggestedName: 'Jordan - My plan' })).resolves.toEqual({
      ok: true,
      saved: true,
      name: 'Jordan - My plan.html',
    });
    expect(dialog.asked).toEqual(['Jordan - My plan.html']);
    expect(await fsp.readdir(folder)).toEqual(['Jordan - My plan.html']);
    expect(await fsp.readFile(join(folder, 'Jordan - My plan.html'), 'utf8')).toBe(PAGE);
    expect(renderPdf).not.toHaveBeenCalled();
  });

  it('prints the page to PDF through renderPdf and saves those bytes', async () => {
    const { copies, renderPdf } = setup();
    await expect(copies.save({ format: 'pdf', html: PAGE, suggestedName: 'Jordan - My plan' })).resolves.toMatchObject({
      saved: true,
      name: 'Jordan - My plan.pdf',
    });
    expect(renderPdf).toHaveBeenCalledWith(PAGE);
    const saved = await fsp.readFile(join(folder, 'Jordan - My plan.pdf'));
    expect(saved.subarray(0, 5).toString()).toBe('%PDF-');
    expect(new Uint8Array(saved)).toEqual(PDF);
  });

  it('adds the extension when the dialog did not, and replaces an older copy of the same name whole', async () => {
    const { copies, dialog } = setup();
    dialog.chooseSaveFile = async () => join(folder, 'their copy');
    await fsp.writeFile(join(folder, 'their copy.html'), 'an older copy');
    await expect(copies.save({ format: 'html', html: PAGE, suggestedName: 'x' })).resolves.toMatchObject({ name: 'their copy.html' });
    expect(await fsp.readFile(join(folder, 'their copy.html'), 'utf8')).toBe(PAGE);
    expect(await fsp.readdir(folder)).toEqual(['their copy.html']);
  });

  it('does nothing when the peer cancels the dialog', async () => {
    const { copies, dialog, renderPdf } = setup();
    dialog.folder = null;
    await expect(copies.save({ format: 'pdf', html: PAGE, suggestedName: 'Jordan - My plan' })).resolves.toEqual({
      ok: true,
      saved: false,
    });
    expect(renderPdf).not.toHaveBeenCalled();
    expect(await fsp.readdir(folder)).toEqual([]);
  });

  it('on a full disk, says so, leaves the older copy as it was and no temp file', async () => {
    const { copies } = setup({ fs: fsFailingWrites('ENOSPC') });
    await fsp.writeFile(join(folder, 'Jordan - My plan.html'), 'an older copy');
    await expect(copies.save({ format: 'html', html: PAGE, suggestedName: 'Jordan - My plan' })).resolves.toEqual({
      ok: false,
      problem: 'disk-full',
    });
    expect(await fsp.readdir(folder)).toEqual(['Jordan - My plan.html']);
    expect(await fsp.readFile(join(folder, 'Jordan - My plan.html'), 'utf8')).toBe('an older copy');
  });

  it('says when the chosen place has gone (a drive removed), or when the page is too large to print', async () => {
    const gone = setup();
    gone.dialog.folder = join(folder, 'unplugged');
    await expect(gone.copies.save({ format: 'html', html: PAGE, suggestedName: 'copy' })).resolves.toMatchObject({
      ok: false,
      problem: 'drive-unavailable',
    });

    const tooLarge = setup({
      renderPdf: async () => {
        throw new PersonCopyTooLargeError();
      },
    });
    await expect(tooLarge.copies.save({ format: 'pdf', html: PAGE, suggestedName: 'copy' })).resolves.toMatchObject({
      ok: false,
      problem: 'too-large',
    });
    expect(await fsp.readdir(folder)).toEqual([]);
  });

  it('lets an unexpected failure through as an error', async () => {
    const { copies } = setup({
      renderPdf: async () => {
        throw new Error('the printer window crashed');
      },
    });
    await expect(copies.save({ format: 'pdf', html: PAGE, suggestedName: 'copy' })).rejects.toThrow(/crashed/);
  });

  it.each(['pdf', 'html'] as const)('writes its %s nowhere in clear but the chosen folder, and leaves no temp file', async (format) => {
    const written: string[] = [];
    const { copies } = setup({ fs: fsNotingWrites(written) });
    await copies.save({ format, html: PAGE, suggestedName: 'Jordan - My record' });
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((path) => dirname(path) === folder)).toBe(true);
    expect(await fsp.readdir(folder)).toEqual([`Jordan - My record.${format}`]);
  });
});
