/** Printing a person's copy in a hidden window, with Electron's BrowserWindow faked. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPdfRenderer } from '../../../electron/main/pdf-renderer';
import { PersonCopyTooLargeError } from '../../../electron/main/person-copies';
import { FakeWebContents } from './fakes';

const PDF = new TextEncoder().encode('%PDF-1.7');

function fakeWindowClass({ failPrinting = false } = {}) {
  return class FakePdfWindow {
    static readonly made: FakePdfWindow[] = [];
    readonly loaded: string[] = [];
    readonly printed: unknown[] = [];
    destroyed = false;
    readonly webContents = Object.assign(new FakeWebContents(), {
      printToPDF: async (options: unknown) => {
        this.printed.push(options);
        if (failPrinting) throw new Error('printing failed');
        return PDF;
      },
    });
    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakePdfWindow.made.push(this);
    }
    loadURL = async (url: string) => void this.loaded.push(url);
    destroy = () => void (this.destroyed = true);
  };
}

describe('the PDF renderer', () => {
  it('prints the page, loaded as a data: URL, in a hidden sandboxed window without JavaScript or preload, then destroys it', async () => {
    const Window = fakeWindowClass();
    const html = '<!doctype html><p>Mi meta: tener mi propia casa</p>';
    await expect(createPdfRenderer(Window)(html)).resolves.toBe(PDF);
    const [win] = Window.made;
    expect(win!.options.show).toBe(false);
    expect(win!.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(win!.options.webPreferences?.preload).toBeUndefined();
    expect(win!.loaded).toHaveLength(1);
    const url = win!.loaded[0]!;
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')).toBe(html);
    expect(win!.printed).toEqual([{ pageSize: 'Letter', printBackground: true }]);
    expect(win!.destroyed).toBe(true);
  });

  it('lets the page go nowhere: no navigation (not even to the app), no new windows', async () => {
    const Window = fakeWindowClass();
    await createPdfRenderer(Window)('<p>hi</p>');
    const contents = Window.made[0]!.webContents;
    expect(contents.attempt('will-navigate', 'app://notebook/')).toBe(true);
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('destroys the window when printing fails', async () => {
    const Window = fakeWindowClass({ failPrinting: true });
    await expect(createPdfRenderer(Window)('<p>hi</p>')).rejects.toThrow(/printing failed/);
    expect(Window.made[0]!.destroyed).toBe(true);
  });

  it('refuses, before opening any window, a page too large for a data: URL', async () => {
    const Window = fakeWindowClass();
    await expect(createPdfRenderer(Window)('x'.repeat(1_600_000))).rejects.toBeInstanceOf(PersonCopyTooLargeError);
    expect(Window.made).toHaveLength(0);
  });
});
