/**
 * The person's own plans, as a peer and a person work through them: a recovery plan with two
 * goals in their words, signed by them and their peer, given to them as their own copy in
 * Spanish, progress recorded on a goal, then revised into version 2 and compared; and, on a
 * notebook of its own, a plan's checklist before signing, the crisis plan's supporters and two
 * BARC-10s drawn on the chart.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { LaunchedApp } from './harness';
import { openApp } from './app';
import { showPeople, signOnScreen, unlockToJordan, tab, unlock } from './flows';
import { waitFor } from '../support/wait-for';

let app: LaunchedApp;
let page: Page;
beforeEach(async () => {
  app = await openApp({ notebook: 'jordan' });
  page = app.page;
  await unlockToJordan(page);
});
afterEach(() => app.close());

/** A plan with two goals in Jordan's words, a first step for each, signed by Jordan. */
async function writeAndSignPlan(page: Page) {
  await tab(page, 'Recovery plan');
  await page.getByRole('button', { name: 'Start their recovery plan' }).click();
  await page.getByLabel('Housing').check();
  await page.getByLabel('Their strengths (what they are good at, what has helped before)').fill('Keeps promises; good with people');
  for (const words of ['Have my own place with a door that locks', 'Get back to fixing bikes']) {
    await page.getByLabel('A new goal, in their own words').fill(words);
    await page.getByRole('button', { name: 'Add a goal' }).click();
  }
  await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
  await page.getByLabel('Step 1: what').fill('Call the housing office');
  await page.getByRole('button', { name: 'Add a step to goal 2' }).click();
  await page.getByLabel('Step 1: what').nth(1).fill('Visit the community workshop');
  await signOnScreen(page);
  await waitFor(page.getByText(/Signed by Jordan Rivers/).first());
}

async function takeBarc(page: Page, on: string, answer: (item: number) => number | null) {
  await page.getByRole('button', { name: 'Go through the BARC-10 together' }).click();
  await page.getByLabel('Date').fill(on);
  for (let item = 1; item <= 10; item++) {
    const value = answer(item);
    if (value !== null)
      await page
        .getByRole('group', { name: new RegExp(`^Statement ${item}:`) })
        .getByRole('radio', { name: new RegExp(`^${value}:`) })
        .check();
  }
  // Saved once the chart's words have a line more ("Saved." may still show from the last one).
  const lines = inWords(page).getByRole('listitem');
  const before = await lines.count();
  await page.getByRole('button', { name: 'Save this BARC-10' }).click();
  await waitFor(lines.nth(before));
}
const inWords = (page: Page) => page.getByRole('list', { name: 'The same, in words' });

describe("the person's plans", () => {
  it('a recovery plan with two goals in their words, signed by them and their peer, given to them as a web page and a PDF in Spanish whatever the app speaks, with a dated history of progress on a goal, pauses included, then revised into version 2 and compared side by side', async () => {
    // Two goals in their words, signed by them and their peer.
    await writeAndSignPlan(page);
    const plan = page.getByRole('region', { name: 'Recovery plan, version 1' });
    expect(await plan.textContent()).toContain('“Have my own place with a door that locks”');
    expect(await plan.textContent()).toContain('“Get back to fixing bikes”');

    // The peer signs after the person.
    const countersign = page.getByRole('group', { name: 'Your signature, as their peer' });
    expect(await countersign.getByLabel('Your name').inputValue()).toBe('Dana Peer');
    await signOnScreen(page);
    await waitFor(page.getByText(/Signed by Dana Peer/));

    // Their own copy of the signed plan: saved as a web page and printed to PDF in Spanish, while the app speaks English.
    const folder = await mkdtemp(join(tmpdir(), 'peer-notebook-copy-'));
    app.personCopyDialog.folder = folder;

    await page.getByLabel('Language of their copy').selectOption({ label: 'Español' });
    await page.getByRole('button', { name: 'Save their copy as a web page' }).click();
    await waitFor(page.getByText(/^Saved .*\.html\.$/));
    await page.getByRole('button', { name: 'Print their copy (PDF)' }).click();
    await waitFor(page.getByText(/^Saved .*\.pdf\.$/), { timeout: 30_000 });

    const files = (await readdir(folder)).sort();
    expect(files).toHaveLength(2);
    const html = await readFile(
      join(
        folder,
        files.find((name) => name.endsWith('.html'))!,
      ),
      'utf8',
    );
    expect(html).toContain('lang="es"');
    expect(html).toContain('Have my own place with a door that locks');
    expect(html).toContain('Mi plan de recuperación');
    const pdf = await readFile(
      join(
        folder,
        files.find((name) => name.endsWith('.pdf'))!,
      ),
    );
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    // Its words are set in a font (the tests' own, tests/support/fonts.conf), not left out for want of one.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+DejaVuSans/);

    // Giving the person their copy is an export, and it is in their history.
    await tab(page, 'History');
    await waitFor(page.getByText(/history is complete/));
    expect(await page.locator('table.log').textContent()).toMatch(/Their own copy of their recovery plan \(PDF, Español\)/);

    // A dated history of progress on a goal of the signed plan, pauses included, in their words.
    await tab(page, 'Recovery plan');
    // Folded until opened, so the goals' histories stay in view.
    await page.getByText('Record progress on goal 1', { exact: true }).click();
    const record = page.getByRole('group', { name: 'Record progress on goal 1' });
    // Nothing recorded yet: the goal is where it is at now, not started.
    expect(await record.getByLabel("Where it's at now").locator('option:checked').textContent()).toBe('Not started');
    await record.getByLabel("Where it's at now").selectOption({ label: 'Started' });
    await record.getByLabel('On', { exact: true }).fill('2026-03-02');
    await record.getByLabel('In their words (optional)').fill('Called them, they call back Friday');
    await record.getByRole('button', { name: 'Save this progress' }).click();
    await waitFor(record.getByText('Saved.'));
    await record.getByLabel("Where it's at now").selectOption({ label: 'Paused' });
    await record.getByLabel('On', { exact: true }).fill('2026-03-20');
    await record.getByLabel('In their words (optional)').fill('Too much going on this month');
    await record.getByRole('button', { name: 'Save this progress' }).click();
    await record.getByLabel("Where it's at now").selectOption({ label: 'Started' });
    await record.getByLabel('On', { exact: true }).fill('2026-04-06');
    await record.getByLabel('In their words (optional)').fill('');
    await record.getByRole('button', { name: 'Save this progress' }).click();

    const timeline = page.getByRole('list', { name: 'What has happened with goal 1' });
    await waitFor(timeline.getByRole('listitem').nth(2));
    expect(await timeline.getByRole('listitem').allTextContents()).toEqual([
      'March 2, 2026: Started · “Called them, they call back Friday”',
      'March 20, 2026: Paused · “Too much going on this month”',
      'April 6, 2026: Started again',
    ]);
    expect(await page.getByText('Now: Started').textContent()).toBeTruthy();

    // "Where it's at now" is where the chosen goal or step is at now, not the last choice made.
    // (Before version 2 below, which takes this step out of the plan.)
    const whereNow = () => record.getByLabel("Where it's at now").locator('option:checked').textContent();
    await record.getByLabel('About').selectOption({ label: 'Step: Call the housing office' });
    expect(await whereNow()).toBe('Not started');
    await record.getByLabel('About').selectOption({ label: 'The goal as a whole' });
    expect(await whereNow()).toBe('Started');

    // A change makes version 2; version 1 stays as it was signed.
    await page.getByRole('button', { name: 'Make a new version' }).click();
    await waitFor(page.getByText('Version 2: draft'));
    await page.getByLabel('Goal 2, in their own words').fill('Fix bikes for the kids on my street');
    await page.getByRole('button', { name: 'Remove step 1' }).first().click();
    await page.getByRole('button', { name: 'Add a step to goal 1' }).click();
    await page.getByLabel('Step 1: what').first().fill('Fill in the housing form with Dana');
    await signOnScreen(page);
    await waitFor(
      page
        .getByRole('region', { name: 'Recovery plan, version 2' })
        .getByText(/Signed by Jordan Rivers/)
        .first(),
    );

    await page.getByText('Compare version 2 with version 1, side by side').click();
    const compare = page.locator('details.compare table');
    const goal2 = compare.locator('tr', { hasText: 'Fix bikes for the kids on my street' });
    expect(await goal2.getAttribute('class')).toBe('change-changed');
    expect(await goal2.textContent()).toContain('Get back to fixing bikes');
    expect(await compare.locator('tr.change-removed').first().textContent()).toContain('Call the housing office');
    expect(await compare.locator('tr.change-added').first().textContent()).toContain('Fill in the housing form with Dana');

    await page.getByText('Version 1, signed').click();
    expect(await page.getByText('“Get back to fixing bikes”').first().isVisible()).toBe(true);
  });

  it('a recovery plan is not signed until every goal has a first step, and says so in plain words; the crisis plan offers their supporters; the BARC-10 keeps a skipped statement skipped, totals only when all ten are answered, and draws both on the chart with words beside it', async () => {
    // The recovery plan's checklist before signing.
    await tab(page, 'Recovery plan');
    await page.getByRole('button', { name: 'Start their recovery plan' }).click();
    await page.getByLabel('A new goal, in their own words').fill('Sleep through the night');
    await page.getByRole('button', { name: 'Add a goal' }).click();
    const checklist = page.getByText('Before signing:').locator('..');
    expect(await checklist.textContent()).toContain('Add a first step toward “Sleep through the night”');
    expect(await page.getByRole('button', { name: 'Sign and keep' }).count()).toBe(0);

    // The wellness plan's crisis plan offers the supporters on their profile, rather than typing them again.
    await tab(page, 'About');
    await page.getByRole('button', { name: 'Edit the profile' }).click();
    await page.getByRole('button', { name: 'Add a supporter' }).click();
    await page.getByLabel('Supporter 1: name').fill('Ana');
    await page.getByLabel('Relationship').fill('sister');
    await page.getByLabel('Their phone').fill('555-0101');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await waitFor(page.getByRole('button', { name: 'Edit the profile' }));
    await tab(page, 'Wellness plan');
    await page.getByRole('button', { name: 'Start their wellness and crisis plan' }).click();
    await page.getByText('Crisis plan', { exact: true }).click();
    const wellnessChecklist = page.getByText('Before signing:').locator('..');
    expect(await wellnessChecklist.textContent()).toContain('In the crisis plan, write down who can help');
    await page.getByRole('button', { name: 'Add Ana' }).click();
    expect(await page.getByLabel('People who can help, and how to reach them').inputValue()).toBe('Ana, sister, 555-0101');
    expect(await page.getByRole('button', { name: 'Add Ana' }).count()).toBe(0);
    // Nothing is left to write before signing: the checklist gives way to the signature.
    await waitFor(page.getByLabel('Name of the person signing'));
    expect(await page.getByText('Before signing:').count()).toBe(0);

    // Recovery capital (BARC-10): a skipped statement stays skipped, and two are drawn on the chart.
    await tab(page, 'Recovery capital');
    await waitFor(page.getByText('No BARC-10 written down yet.'));
    await page.getByRole('button', { name: 'Go through the BARC-10 together' }).click();
    await page
      .getByRole('group', { name: /^Statement 1:/ })
      .getByRole('radio', { name: /^5:/ })
      .check();
    expect(await page.getByRole('status').filter({ hasText: 'answered' }).textContent()).toBe('1 of 10 answered, so no total');
    await page.getByRole('button', { name: 'Skip this one' }).first().click();
    expect(await page.getByRole('status').filter({ hasText: 'answered' }).textContent()).toBe('0 of 10 answered, so no total');
    await page.getByRole('button', { name: 'Save this BARC-10' }).click();
    await waitFor(page.getByText('Answer at least one statement, or leave this for another day.'));
    await page.reload();
    await unlock(page);
    await showPeople(page);
    await page.getByRole('button', { name: /Jordan Rivers/ }).click();
    await tab(page, 'Recovery capital');

    await takeBarc(page, '2026-03-03', (item) => (item === 7 ? null : 4));
    await takeBarc(page, '2026-06-10', () => 5);

    expect(await page.getByRole('img', { name: 'Recovery capital totals over time' }).isVisible()).toBe(true);
    expect(await inWords(page).getByRole('listitem').allTextContents()).toEqual([
      'March 3, 2026: 9 of 10 answered, no total.',
      'June 10, 2026: 50 of 60.',
    ]);
  });
});
