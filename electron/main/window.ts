/**
 * The one app window. It is hidden until the first paint (no white flash), keeps a size where
 * the forms still fit, and gets the hardened settings and navigation guard from security.ts.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '@shared/host-api';
import { guardWebContents, secureWebPreferences, type GuardableWebContents } from './security';

/** The members of Electron's BrowserWindow that `createMainWindow` uses. */
export interface MainWindow {
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  loadURL(url: string): Promise<void>;
  readonly webContents: GuardableWebContents;
}

export type MainWindowConstructor<W extends MainWindow> = new (options: BrowserWindowConstructorOptions) => W;

export interface MainWindowOptions {
  /** The built preload script (out/preload/index.cjs). */
  preloadPath: string;
  /** Where the renderer is served from; the window may not navigate anywhere else. */
  appOrigin?: string;
  /** The page's own background (styles.css `--paper`), shown until the first paint. */
  backgroundColor?: string;
  width?: number;
  height?: number;
  /** Developer tools: only for unpackaged development builds. */
  devTools?: boolean;
}

export const MAIN_WINDOW_TITLE = 'Peer Notebook';

export function createMainWindow<W extends MainWindow>(
  BrowserWindow: MainWindowConstructor<W>,
  { preloadPath, appOrigin = APP_ORIGIN, backgroundColor = '#fbf8f3', width = 1100, height = 800, devTools = false }: MainWindowOptions,
): W {
  const win = new BrowserWindow({
    title: MAIN_WINDOW_TITLE,
    width,
    height,
    minWidth: 720,
    minHeight: 560,
    backgroundColor,
    show: false,
    webPreferences: secureWebPreferences(preloadPath, { devTools }),
  });
  guardWebContents(win.webContents, { appOrigin });
  win.once('ready-to-show', () => win.show());
  win.loadURL(`${appOrigin}/`).catch((error: unknown) => {
    // The window stays hidden if the renderer cannot load; say why in the log rather than silently.
    console.error('Peer Notebook could not load its window:', error);
  });
  return win;
}
