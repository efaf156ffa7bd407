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

let app: LaunchedApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const pageLanguage = (page: Page) => page.locator('html').getAttribute('lang');
const lockedInSpanish = (page: Page) => page.getByRole('heading', { name: 'Tu cuaderno está bloqueado' });

async function unlockInSpanish(page: Page) {
  await page.getByLabel('Frase de contraseña', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Desbloquear', exact: true }).click();
  // Unlocking opens on Today (Hoy); Jordan is on People.
  await page.getByRole('heading', { name: 'Hoy', exact: true }).waitFor();
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('button', { name: 'Personas' }).click();
  await page.getByRole('list', { name: 'Personas a las que acompañas' }).getByText('Jordan Rivers').waitFor();
}

describe('language', () => {
  it('switches to Español in Settings, keeps it on the lock screen and across a reload, and switches back', async () => {
    app = await openApp({ notebook: 'jordan' });
    const { page } = app;
    await unlockToJordan(page);

    await openSettings(page, 'Language and locking');
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await page.getByRole('button', { name: 'Save language and locking' }).click();
    await page.getByRole('heading', { name: 'Configuración' }).waitFor();
    expect(await pageLanguage(page)).toBe('es');
    const menu = page.getByRole('navigation', { name: 'Principal' });
    expect(await menu.getByRole('button').allTextContents()).toEqual([
      'Hoy',
      'Personas',
      'Recursos',
      'Facturación',
      'Configuración',
      'Acerca de',
    ]);
    expect(await page.getByLabel('Bloquear el cuaderno cuando no lo use por').locator('option:checked').textContent()).toBe('5 minutos');

    await menu.getByRole('button', { name: 'Personas' }).click();
    await page.getByRole('heading', { name: 'Personas' }).waitFor();
    const row = page.getByRole('list', { name: 'Personas a las que acompañas' }).getByRole('button', { name: /Jordan Rivers/ });
    expect(await row.textContent()).toContain('Todavía no hay acuerdo');

    await page.getByRole('button', { name: 'Bloquear ahora' }).click();
    await lockedInSpanish(page).waitFor();
    expect(await page.getByRole('button', { name: 'Olvidé mi frase de contraseña: usar mi código de recuperación' }).isVisible()).toBe(
      true,
    );

    // Read from the vault's settings while it is still locked.
    await page.reload();
    await lockedInSpanish(page).waitFor();
    expect(await pageLanguage(page)).toBe('es');
    await unlockInSpanish(page);

    // A lock the computer asked for says why, in Spanish too.
    await app.emit('lockRequested', { reason: 'suspend' });
    await page.getByRole('status').filter({ hasText: 'Se bloqueó cuando esta computadora entró en reposo.' }).waitFor();
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
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await pageLanguage(page)).toBe('en');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lockScreen(page).waitFor();
  });

  it('asks on the very first screen, and the notebook keeps the language chosen there', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Español' });
    await page.getByRole('heading', { name: 'Te damos la bienvenida a Peer Notebook' }).waitFor();
    expect(await pageLanguage(page)).toBe('es');
    await page.getByLabel('Elige una frase de contraseña').fill(PASSPHRASE);
    await page.getByLabel('Escríbela otra vez').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Crear mi cuaderno' }).click();
    const code = (await page.getByTestId('recovery-code').textContent({ timeout: 30_000 }))!;
    await page.getByLabel('Guardé mi código de recuperación en un lugar seguro').check();
    await page.getByRole('button', { name: 'Siguiente: comprobar el código' }).click();
    await typeBackRecoveryGroup(page, code, /^Grupo (\d) de tu código de recuperación$/);
    await page.getByRole('button', { name: 'Abrir mi cuaderno' }).click();
    await page.getByRole('heading', { name: 'Configuración' }).waitFor();
    await page.reload();
    await lockedInSpanish(page).waitFor();
  });
});
