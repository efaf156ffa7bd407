/**
 * The whole app in Spanish: chosen in Settings, shown at once (the rules' own messages too),
 * remembered in the vault's settings and used by the lock screen before anyone unlocks, and
 * switched back to English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { lockScreen, openSettings, PASSPHRASE, typeBackRecoveryGroup, unlockToJordan } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const pageLanguage = (page: Page) => page.locator('html').getAttribute('lang');

/** Common English words that no Spanish sentence holds (not "no", which both languages say). */
const ENGLISH =
  /(^|[^\p{L}])(the|your|and|you|with|this|of|to|for|is|are|not|yet|Save|Cancel|Add|Edit|Print|Open|Back|Start|Show|None)(?=[^\p{L}]|$)/u;

/**
 * The lines of visible text on the screen that read as English. Text marked with another language
 * (lang="en": the regulatory notices kept word for word, what IT wrote) is left out.
 */
async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    let visible = document.body.innerText;
    for (const marked of document.querySelectorAll<HTMLElement>('body [lang]'))
      if (!marked.lang.startsWith('es')) visible = visible.replace(marked.innerText, '');
    return visible;
  });
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => ENGLISH.test(line));
}

/** Every tab of the open person's page, and each tab's own tabs, one after another. */
async function visitEveryTab(page: Page, onEach: () => Promise<void>) {
  const top = page.getByRole('tablist').first();
  for (let index = 0; index < (await top.getByRole('tab').count()); index++) {
    await top.getByRole('tab').nth(index).click();
    await onEach();
    const inner = page.getByRole('tablist').nth(1);
    if ((await page.getByRole('tablist').count()) < 2) continue;
    for (let each = 0; each < (await inner.getByRole('tab').count()); each++) {
      await inner.getByRole('tab').nth(each).click();
      await onEach();
    }
  }
}

/** The menu and "Lock now" share one row of the top bar. */
async function topBarIsOneRow(page: Page): Promise<boolean> {
  const menu = await page.getByRole('navigation').getByRole('button').first().boundingBox();
  const lock = await page.locator('.lock-now').boundingBox();
  return !!menu && !!lock && Math.abs(menu.y + menu.height / 2 - (lock.y + lock.height / 2)) < 4;
}
const lockedInSpanish = (page: Page) => page.getByRole('heading', { name: 'Tu cuaderno está bloqueado' });

async function unlockInSpanish(page: Page) {
  await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Desbloquear', exact: true }).click();
  // Unlocking opens on Today (Hoy); Jordan is on People.
  await waitFor(page.getByRole('heading', { name: 'Hoy', exact: true }));
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('button', { name: 'Personas' }).click();
  await waitFor(page.getByRole('list', { name: 'Personas a las que acompañas' }).getByText('Jordan Rivers'));
}

describe('language', () => {
  it('switches to Español in Settings, keeps it on the lock screen and across a reload, and switches back', async () => {
    app = await openApp({ notebook: 'jordan' });
    const { page } = app;
    await unlockToJordan(page);

    await openSettings(page, 'Language and locking');
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await page.getByRole('button', { name: 'Save language and locking' }).click();
    await waitFor(page.getByRole('heading', { name: 'Configuración' }));
    expect(await pageLanguage(page)).toBe('es');
    const menu = page.getByRole('navigation', { name: 'Principal' });
    expect(await menu.getByRole('button').allTextContents()).toEqual([
      'Hoy',
      'Personas',
      'Equipo',
      'Recursos',
      'Facturación',
      'Configuración',
      'Acerca de',
    ]);
    expect(await page.getByLabel('Bloquear el cuaderno cuando no lo use por').locator('option:checked').textContent()).toBe('5 minutos');

    // No English on the Spanish screens: each screen of the menu, and each tab of a person's page.
    const english = new Map<string, string>();
    const collect = (where: string) => async () => {
      for (const line of await englishOnScreen(page)) english.set(line, where);
    };
    for (const screen of ['Hoy', 'Personas', 'Recursos', 'Facturación', 'Configuración', 'Acerca de']) {
      await menu.getByRole('button', { name: screen }).click();
      await waitFor(page.getByRole('heading', { level: 1 }).first());
      await collect(screen)();
    }
    await menu.getByRole('button', { name: 'Personas' }).click();
    await page
      .getByRole('list', { name: 'Personas a las que acompañas' })
      .getByRole('button', { name: /Jordan Rivers/ })
      .click();
    await visitEveryTab(page, collect('Jordan Rivers'));
    expect(Object.fromEntries(english)).toEqual({});

    // A form says what a field lacks in Spanish, never in the browser's own bubble.
    await menu.getByRole('button', { name: 'Personas' }).click();
    await page.getByRole('button', { name: 'Agregar a una persona' }).click();
    await page.getByRole('button', { name: 'Guardar' }).click();
    const name = page.getByLabel('Nombre con el que le gusta que le llamen');
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
    const problemId = (await name.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${problemId}"]`).textContent()).toBe('Completa esto para seguir.');
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true);
    await name.fill('Ana');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: 'Cancelar' }).click();

    // The menu and "Bloquear ahora" fit one row, on a laptop screen and on a small one (800×600).
    expect(await topBarIsOneRow(page)).toBe(true);
    await page.setViewportSize({ width: 800, height: 600 });
    expect(await topBarIsOneRow(page)).toBe(true);
    await page.setViewportSize({ width: 1100, height: 800 });

    await menu.getByRole('button', { name: 'Personas' }).click();
    await waitFor(page.getByRole('heading', { name: 'Personas' }));
    const row = page.getByRole('list', { name: 'Personas a las que acompañas' }).getByRole('button', { name: /Jordan Rivers/ });
    expect(await row.textContent()).toContain('Todavía no hay acuerdo');

    await page.getByRole('button', { name: 'Bloquear ahora' }).click();
    await waitFor(lockedInSpanish(page));
    expect(await page.getByRole('button', { name: 'Olvidé mi frase de contraseña: usar mi código de recuperación' }).isVisible()).toBe(
      true,
    );

    // Read from the vault's settings while it is still locked.
    await page.reload();
    await waitFor(lockedInSpanish(page));
    expect(await pageLanguage(page)).toBe('es');
    await unlockInSpanish(page);

    // A lock the computer asked for says why, in Spanish too.
    await app.emit('lockRequested', { reason: 'suspend' });
    await waitFor(page.getByRole('status').filter({ hasText: 'Se bloqueó cuando esta computadora entró en reposo.' }));
    await unlockInSpanish(page);

    // A reminder worded by the rules in shared/ reads in Spanish too, with the person's name kept.
    await page
      .getByRole('list', { name: 'Personas a las que acompañas' })
      .getByRole('button', { name: /Jordan Rivers/ })
      .click();
    const reminder = page.getByRole('status', { name: 'Recordatorio sobre la confidencialidad' });
    expect(await reminder.textContent()).toContain(
      'Todavía no le has explicado a Jordan Rivers los límites de la confidencialidad. Repásenlos juntos antes que nada.',
    );

    await page.getByRole('button', { name: 'Configuración' }).click();
    await page.getByRole('tab', { name: 'Idioma y bloqueo', exact: true }).click();
    await page.getByLabel('Idioma', { exact: true }).selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Guardar idioma y bloqueo' }).click();
    await waitFor(page.getByRole('heading', { name: 'Settings' }));
    expect(await pageLanguage(page)).toBe('en');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await waitFor(lockScreen(page));
  });

  it('asks on the very first screen, and the notebook keeps the language chosen there', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await waitFor(page.getByRole('heading', { name: 'Te damos la bienvenida a Peer Notebook' }));
    expect(await pageLanguage(page)).toBe('es');
    await page.getByLabel('Elige una frase de contraseña').fill(PASSPHRASE);
    await page.getByLabel('Escríbela otra vez').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Crear mi cuaderno' }).click();
    const code = (await page.getByTestId('recovery-code').textContent({ timeout: 30_000 }))!;
    await page.getByLabel('Guardé mi código de recuperación en un lugar seguro').check();
    await page.getByRole('button', { name: 'Siguiente: comprobar el código' }).click();
    await typeBackRecoveryGroup(page, code, /^Grupo (\d) de tu código de recuperación$/);
    await page.getByRole('button', { name: 'Abrir mi cuaderno' }).click();
    await waitFor(page.getByRole('heading', { name: 'Configuración' }));
    await page.reload();
    await waitFor(lockedInSpanish(page));
  });
});
