import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** How the evaluator drives the demo: with the mouse, or with the keyboard alone. */
export type Mode = 'mouse' | 'keyboard';
export const MODES: readonly Mode[] = ['mouse', 'keyboard'];

/** Presses Tab until `target` has focus: proves it can be reached by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 250): Promise<void> {
  await target.waitFor();
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Clicks, or tabs to the control and presses `key` (Enter for buttons, Space for boxes). */
export async function activate(page: Page, mode: Mode, target: Locator, key = 'Enter'): Promise<void> {
  if (mode === 'mouse') await target.click();
  else {
    await tabTo(page, target);
    await page.keyboard.press(key);
  }
}

/**
 * Checks a radio button. By keyboard a radio group is one tab stop: tab into the group, then the
 * arrow keys move (and check) until the wanted one has focus.
 */
export async function pickRadio(page: Page, mode: Mode, radio: Locator): Promise<void> {
  if (mode === 'mouse') await radio.check();
  else {
    const name = await radio.getAttribute('name');
    const group = page.locator(`input[type="radio"][name="${name}"]`);
    await radio.waitFor();
    const checked = group.locator(':scope:checked');
    await tabTo(page, (await checked.count()) > 0 ? checked : group.first());
    for (let i = 0; i < 10; i += 1) {
      if (await radio.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('ArrowDown');
    }
    if (!(await radio.isChecked())) await page.keyboard.press('Space');
  }
  await expect(radio).toBeChecked();
}

/** Fills a text field by typing into it. */
export async function typeInto(page: Page, mode: Mode, target: Locator, text: string): Promise<void> {
  if (mode === 'mouse') await target.click();
  else await tabTo(page, target);
  await page.keyboard.type(text);
}

/** Picks an option of a native select: by mouse, or by typing its label while it has focus. */
export async function choose(page: Page, mode: Mode, select: Locator, label: string): Promise<void> {
  // The element itself: choosing a language renames the select.
  const element = await select.elementHandle();
  if (!element) throw new Error(`No ${select.toString()}`);
  if (mode === 'mouse') await select.selectOption({ label });
  else {
    await tabTo(page, select);
    await page.keyboard.type(label);
  }
  await expect
    .poll(() => element.evaluate((node) => (node as HTMLSelectElement).selectedOptions[0]?.textContent))
    .toBe(label);
}

/** Moves to the tab named `name` in the demo's tab list. */
export async function openTab(page: Page, mode: Mode, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (mode === 'mouse') await tab.click();
  else {
    await tabTo(page, page.locator('[role="tab"][aria-selected="true"]'));
    for (let i = 0; i < 8 && (await tab.getAttribute('aria-selected')) !== 'true'; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
  }
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** axe on the whole page: no violations. Keeps a screenshot of the screen as a test artifact. */
export async function checkScreen(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  // Every rule axe runs by default, and 2.5.3's label-content-name-mismatch (experimental in axe).
  const { violations } = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Opens the demo and signs in as the first synthetic clinician. */
export async function signIn(page: Page, mode: Mode, testInfo: TestInfo): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Logg inn i EPJ-demoen' })).toBeVisible();
  await checkScreen(page, testInfo, 'sign-in');
  await activate(page, mode, page.getByRole('button', { name: 'Logg inn' }));
  await expect(page.getByText(/^Innlogget: Kari Klinikersen/)).toBeVisible();
}

/** Opens a patient from the patient list. */
export async function openPatient(page: Page, mode: Mode, name: RegExp): Promise<void> {
  await activate(page, mode, page.getByRole('navigation').getByRole('button', { name }));
  await expect(page.getByRole('button', { name })).toHaveAttribute('aria-current', 'true');
}
