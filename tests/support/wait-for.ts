/**
 * Waits until what a locator finds is on screen (or hidden, attached, detached), looking every
 * 50 ms. Playwright's own `locator.waitFor` looks again after 20, 50 and 100 ms, then only every
 * 500 ms: behind anything that takes longer than a quarter of a second (an unlock's Argon2id, a
 * backup, a sync) each wait sat idle for up to half a second after the page was ready, and the
 * end-to-end tests spent a sixth of their time so. A look costs about 2.7 ms of CPU (Node and
 * Chromium), so not every frame: the full suite has no core to spare. The last second is
 * Playwright's own wait, so a timeout fails with its message and call log.
 */
import type { Locator } from 'playwright-core';

type State = 'visible' | 'hidden' | 'attached' | 'detached';

const LOOK_EVERY_MS = 50;
const OWN_WAIT_MS = 1_000;

async function holds(locator: Locator, state: State): Promise<boolean> {
  try {
    if (state === 'visible') return await locator.isVisible();
    if (state === 'hidden') return await locator.isHidden();
    const count = await locator.count();
    return state === 'attached' ? count > 0 : count === 0;
  } catch (error) {
    // A locator that matches two things is a mistake in the test: say so now, not in 30 s.
    if (error instanceof Error && error.message.includes('strict mode violation')) throw error;
    // A page between two documents (a reload) has nothing to look at yet.
    return false;
  }
}

export async function waitFor(
  locator: Locator,
  { state = 'visible', timeout = 30_000 }: { state?: State; timeout?: number } = {},
): Promise<void> {
  const lookUntil = Date.now() + timeout - OWN_WAIT_MS;
  while (Date.now() < lookUntil) {
    if (await holds(locator, state)) return;
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
  }
  await locator.waitFor({ state, timeout: Math.min(timeout, OWN_WAIT_MS) });
}
