import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '@shared/host-api';
import { denyAllPermissions, guardWebContents, secureWebPreferences } from '../../../electron/main/security';
import { FakeSession, FakeWebContents } from './fakes';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('opens no developer tools unless asked for (development builds only)', () => {
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('sandboxes the page, isolates the preload and gives the page no Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on: no insecure content, no webview tag, no drag-and-drop navigation, no spellcheck downloads', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      experimentalFeatures: false,
    });
  });
});

describe('guardWebContents', () => {
  const guarded = () => {
    const contents = new FakeWebContents();
    guardWebContents(contents, { appOrigin: APP_ORIGIN });
    return contents;
  };

  it('lets the page move within the app (reload, another app:// page)', () => {
    const contents = guarded();
    expect(contents.attempt('will-navigate', `${APP_ORIGIN}/`)).toBe(false);
    expect(contents.attempt('will-navigate', `${APP_ORIGIN}/index.html?x=1#y`)).toBe(false);
    expect(contents.attempt('will-redirect', `${APP_ORIGIN}/index.html`)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://notebook/',
    'file:///etc/passwd',
    'app://elsewhere/',
    'app://notebook.example.com/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
  ])('prevents navigating away to %s', (url) => {
    expect(guarded().attempt('will-navigate', url)).toBe(true);
  });

  it('prevents a redirect to another origin', () => {
    expect(guarded().attempt('will-redirect', 'https://example.com/phish')).toBe(true);
  });

  it('uses the URL on the event (Electron 25+), not only the deprecated argument', () => {
    const contents = guarded();
    let prevented = false;
    contents.emit('will-navigate', { url: 'https://example.com/', preventDefault: () => (prevented = true) }, `${APP_ORIGIN}/`);
    expect(prevented).toBe(true);
  });

  it('denies every new window, whatever its URL', () => {
    const contents = guarded();
    for (const url of [`${APP_ORIGIN}/`, 'https://example.com/', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents attaching a webview', () => {
    expect(guarded().attemptWebview()).toBe(true);
  });
});

describe('denyAllPermissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown'])(
    'denies a request for %s',
    async (permission) => {
      const session = new FakeSession();
      denyAllPermissions(session);
      await expect(session.request(permission)).resolves.toBe(false);
      expect(session.checkHandler?.({}, permission)).toBe(false);
    },
  );

  it('denies device access (HID, USB, serial) too', () => {
    const session = new FakeSession();
    denyAllPermissions(session);
    expect(session.deviceHandler?.({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
  });

  it('still denies requests and checks on a session without a device permission handler', async () => {
    const session = new FakeSession();
    const older = {
      setPermissionRequestHandler: session.setPermissionRequestHandler.bind(session),
      setPermissionCheckHandler: session.setPermissionCheckHandler.bind(session),
    };
    denyAllPermissions(older);
    await expect(session.request('media')).resolves.toBe(false);
    expect(session.checkHandler?.({}, 'media')).toBe(false);
  });
});
