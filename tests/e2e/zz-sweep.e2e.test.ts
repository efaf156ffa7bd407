import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './app';
import { unlockToJordan } from './flows';

const ENGLISH =
  /(^|[^\p{L}])(the|your|and|you|with|this|of|to|for|is|are|not|yet|Save|Cancel|Add|Edit|Print|Open|Back|Start|Show|None|No)(?=[^\p{L}]|$)/u;
async function englishLines(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    let all = document.body.innerText;
    for (const element of document.querySelectorAll<HTMLElement>('body [lang]'))
      if (!element.lang.startsWith('es')) all = all.replace(element.innerText, '');
    return all;
  });
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => ENGLISH.test(l));
}
it('sweep', async () => {
  const app = await openApp({ notebook: 'jordan' });
  const { page } = app;
  await unlockToJordan(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption({ label: 'Español' });
  await page.getByRole('heading', { name: 'Configuración' }).waitFor();
  const found = new Map<string, string>();
  const collect = async (where: string) => {
    await page.waitForTimeout(400);
    for (const line of await englishLines(page)) if (!found.has(line)) found.set(line, where);
  };
  const menu = page.getByRole('navigation', { name: 'Principal' });
  for (const screen of ['Hoy', 'Personas', 'Recursos', 'Facturación', 'Configuración', 'Acerca de']) {
    await menu.getByRole('button', { name: screen }).click();
    await collect(screen);
  }
  await menu.getByRole('button', { name: 'Personas' }).click();
  await page
    .getByRole('list', { name: 'Personas a las que acompañas' })
    .getByRole('button', { name: /Jordan Rivers/ })
    .click();
  const top = page.getByRole('tablist').first();
  const count = await top.getByRole('tab').count();
  for (let i = 0; i < count; i++) {
    const t = top.getByRole('tab').nth(i);
    const name = await t.textContent();
    await t.click();
    await collect(`tab ${name}`);
    const lists = page.getByRole('tablist');
    if ((await lists.count()) > 1) {
      const inner = lists.nth(1);
      const n = await inner.getByRole('tab').count();
      for (let j = 0; j < n; j++) {
        const s = inner.getByRole('tab').nth(j);
        const sname = await s.textContent();
        await s.click();
        await collect(`tab ${name} / ${sname}`);
      }
    }
  }
  console.log('FOUND\n' + [...found].map(([l, w]) => `${w} :: ${l}`).join('\n'));
  await app.close();
}, 180_000);
