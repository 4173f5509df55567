/**
 * Every end-to-end test runs under two guards, checked when the test ends:
 * - the strict Content-Security-Policy the demo is served with reported no violation;
 * - no fødselsnummer (or D-number) reached a URL, a console message, localStorage,
 *   sessionStorage or IndexedDB.
 */

import { test as base, expect } from '@playwright/test';
import { testPatients } from '@pps-kit/mocks';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** The test patients' numbers, and any 11-digit run (a person id printed with or without a space). */
const PERSON_IDS = testPatients.map((p) => p.personId);
const leaks = (text: string) =>
  PERSON_IDS.filter((id) => text.includes(id) || text.includes(`${id.slice(0, 6)} ${id.slice(6)}`));

export const test = base.extend<{ guards: undefined }>({
  guards: [
    async ({ page, context }, use) => {
      const urls: string[] = [];
      const consoleLines: string[] = [];
      context.on('request', (request) => urls.push(request.url()));
      page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });

      await use(undefined);

      const state = await page.evaluate(async () => {
        const storage = (area: Storage) =>
          Array.from({ length: area.length }, (_, i) => {
            const key = area.key(i) ?? '';
            return `${key}=${area.getItem(key) ?? ''}`;
          }).join('\n');
        const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
        return {
          csp: window.__cspViolations ?? [],
          local: storage(localStorage),
          session: storage(sessionStorage),
          databases: databases.map((db) => db.name ?? ''),
          href: location.href,
        };
      });
      expect(state.csp, 'Content-Security-Policy violations').toEqual([]);
      expect(leaks(urls.join('\n')), 'person ids in URLs').toEqual([]);
      expect(leaks(state.href), 'person ids in the address').toEqual([]);
      expect(leaks(consoleLines.join('\n')), 'person ids in console messages').toEqual([]);
      expect(leaks(state.local), 'person ids in localStorage').toEqual([]);
      expect(leaks(state.session), 'person ids in sessionStorage').toEqual([]);
      // Nothing the demo or pps-kit does needs IndexedDB at all.
      expect(state.databases, 'IndexedDB databases').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
