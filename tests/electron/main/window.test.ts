import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '@shared/host-api';
import { createMainWindow, MAIN_WINDOW_TITLE } from '../../../electron/main/window';
import { FakeWebContents } from './fakes';

class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  loaded: string[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  show(): void {
    this.visible = true;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
}

describe('createMainWindow', () => {
  const make = () => createMainWindow(FakeBrowserWindow, { preloadPath: '/app/out/preload/index.cjs' });

  it('builds a sandboxed, isolated window with the preload and no Node', () => {
    const { webPreferences } = make().options;
    expect(webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
  });

  it('is titled Peer Notebook, has a minimum size and stays hidden until its first paint', () => {
    const win = make();
    expect(win.options).toMatchObject({ title: MAIN_WINDOW_TITLE, show: false });
    expect(MAIN_WINDOW_TITLE).toBe('Peer Notebook');
    expect(win.options.minWidth).toBeGreaterThan(0);
    expect(win.options.minHeight).toBeGreaterThan(0);
    expect(win.options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  it('loads the app from app://notebook/', () => {
    expect(make().loaded).toEqual([`${APP_ORIGIN}/`]);
  });

  it('guards its page: no navigating away, no new windows', () => {
    const win = make();
    expect(win.webContents.attempt('will-navigate', 'https://example.com/')).toBe(true);
    expect(win.webContents.attempt('will-navigate', `${APP_ORIGIN}/`)).toBe(false);
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
