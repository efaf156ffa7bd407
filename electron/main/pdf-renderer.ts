/**
 * Electron's way of printing a person's copy to PDF. The page is drawn in a hidden window that can
 * do nothing but show it: sandboxed, no JavaScript, no preload, no navigation, no new windows. It
 * is loaded from a data: URL, so it has an opaque origin of its own (never the app's, where the
 * notebook's data lives), printed, and the window destroyed.
 *
 * Electron's BrowserWindow is passed in, typed by the few members used, so tests can fake it.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { guardWebContents, secureWebPreferences, type GuardableWebContents } from './security';
import { PersonCopyTooLargeError, type RenderPdf } from './person-copies';

export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  destroy(): void;
  readonly webContents: GuardableWebContents & {
    printToPDF(options: { pageSize: 'Letter'; printBackground: boolean }): Promise<Uint8Array>;
  };
}

export type PdfWindowConstructor = new (options: BrowserWindowConstructorOptions) => PdfWindow;

/** Chromium does not load a longer URL. */
const MAX_URL_CHARS = 2 * 1024 * 1024;

export function createPdfRenderer(BrowserWindow: PdfWindowConstructor): RenderPdf {
  return async (html) => {
    const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
    if (url.length > MAX_URL_CHARS) throw new PersonCopyTooLargeError();
    const win = new BrowserWindow({ show: false, webPreferences: { ...secureWebPreferences(null), javascript: false } });
    try {
      guardWebContents(win.webContents, { appOrigin: null });
      await win.loadURL(url);
      return await win.webContents.printToPDF({ pageSize: 'Letter', printBackground: true });
    } finally {
      win.destroy();
    }
  };
}
