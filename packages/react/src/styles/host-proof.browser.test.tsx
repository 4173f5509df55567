/// <reference types="vite/client" />
/**
 * Host-proof CSS, in Chromium: pps-kit looks the same in a host page with Bootstrap 5 and with a
 * hostile global stylesheet (element rules on h2, table, button, a, a CSS reset, text styles on
 * body), measured as the computed style and box of every element of every part, before and after;
 * the host's own elements look the same with and without pps-kit's stylesheet; and every exported
 * component is styled the same wherever it is mounted, inside a view or alone.
 */
import { createParekClient, createPpsClient, createPtsClient } from '@pps-kit/api-client';
import { createMockHandlers, patientWithScenario, type ScenarioName } from '@pps-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import bootstrapCss from 'bootstrap/dist/css/bootstrap.css?inline';
import { setupWorker } from 'msw/browser';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AccessRestrictionNotice } from '../access/access-restriction-notice';
import { CitizenVisibilityNote } from '../access/citizen-visibility';
import { PatientSafetyRestrictions } from '../access/patient-safety-restrictions';
import { PrivacyRestrictions } from '../access/privacy-restrictions';
import { CumulativeTable } from '../lab-results/cumulative-table';
import { LabReportView } from '../lab-results/lab-report-view';
import { LabResultsOverview } from '../lab-results/lab-results-overview';
import { labResultsMessages } from '../lab-results/messages';
import { ResultFlag, StatusBadge } from '../lab-results/result-parts';
import { TrendChart } from '../lab-results/trend-chart';
import { PpsProvider } from '../provider/pps-provider';
import { RequisitionList } from '../requisitions/requisition-list';
import { RequisitionPanel } from '../requisitions/requisition-panel';
import { DataState } from '../shared/data-state';
import { LoadProgress } from '../shared/load-progress';
import { dataStateMessages } from '../shared/messages';
import ppsCss from '../styles.css?inline';
import layeredCss from '../styles.layered.css?inline';
import { reportIdOf } from '../testing/mock-server';

/**
 * What a legacy EPJ page or an old CSS reset does to every element it can reach (no !important:
 * nothing stands up to that, and the README says so).
 */
const HOSTILE_CSS = `
  *, *::before, *::after { box-sizing: border-box; }
  html, body { font: 300 18px/2 Georgia, serif; color: #335; letter-spacing: 0.05em; word-spacing: 0.2em;
    text-transform: uppercase; text-align: center; text-shadow: 1px 1px 0 #ccc; }
  div, section, article, header, footer, nav, aside { margin: 12px; padding: 10px; border: 1px dotted #999; }
  h1, h2, h3, h4, h5, h6 { color: crimson; font-size: 32px; font-weight: 900; margin: 2em 0; border-bottom: 3px solid;
    text-decoration: underline; font-family: Impact, fantasy; }
  p { margin: 3em 0; text-indent: 2em; line-height: 3; }
  table { width: 50%; border: 4px double; border-spacing: 6px; border-collapse: separate; caption-side: bottom;
    table-layout: fixed; margin: 2em auto; }
  th, td { padding: 20px; background: #ffe; border: 2px solid #c00; text-align: center; vertical-align: middle;
    font-size: 12px; }
  thead, tbody, tr { background: #eef; }
  caption { color: red; font-style: italic; }
  button, input, select, textarea { all: unset; background: hotpink; color: white; padding: 1em 2em;
    border-radius: 2em; font: bold 20px/1 Comic Sans MS, cursive; width: 100%; text-transform: lowercase; }
  button:hover, button:focus { background: black; }
  a { color: lime; font-weight: bold; text-decoration: none; }
  ul, ol { list-style: square inside; padding: 0; margin: 2em; }
  li { margin: 1em; padding: 0.5em; border-left: 4px solid orange; }
  dl, dt, dd { margin: 1em; padding: 0; font-weight: bold; float: left; }
  strong, b { font-weight: 100; color: purple; }
  em, i, small, time, abbr, mark, span { font-size: 120%; background: yellow; }
  img, svg, video, canvas { display: block; max-width: 100%; height: auto; vertical-align: middle; }
  details, summary, dialog, fieldset, legend, label { margin: 1em; padding: 1em; border: 2px solid green; }
`;

const worker = setupWorker(...createMockHandlers());
beforeAll(() => worker.start({ quiet: true, onUnhandledRequest: 'error' }));
afterAll(() => worker.stop());

const clients = {
  pps: createPpsClient({ baseUrl: '/api/pps', retry: false }),
  pts: createPtsClient({ baseUrl: '/api/pts', retry: false }),
  parek: createParekClient({ baseUrl: '/api/parek', retry: false }),
};

/** A `<style>` element for a stylesheet, added to the head; removed after each test. */
const added: HTMLStyleElement[] = [];
function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  added.push(style);
  return style;
}
afterEach(() => {
  for (const style of added.splice(0)) style.remove();
});

/** Two frames: style and layout have run, and any observer (a virtualizer, a chart) has answered. */
const settled = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

function Patient({
  scenario,
  theme,
  children,
}: {
  scenario: ScenarioName;
  theme?: 'aksel' | 'designsystemet';
  children: ReactNode;
}) {
  return (
    <PpsProvider
      theme={theme}
      client={clients.pps}
      ptsClient={clients.pts}
      parekClient={clients.parek}
      patient={{ personId: patientWithScenario(scenario).personId }}
      queryClient={new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })}
    >
      {children}
    </PpsProvider>
  );
}

/** A host box no host rule can change: the same width for pps-kit in every run. */
const HOST_BOX = { boxSizing: 'content-box', width: 1100, margin: 0, padding: 0, border: 0 } as const;

/** Every element of every pps-kit part on the page, with its pseudo-elements, in document order. */
function partsOf(root: Element): Element[] {
  return [...root.querySelectorAll('*')].filter((el) => el.closest('[data-host]') === null);
}

/** Every part's outer element: where pps-kit's look starts. */
const PARTS =
  '.pps-root, .pps-state, .pps-visibility, .pps-progress, .pps-page-error, .pps-flag, .pps-status, .pps-grid-wrap';
const outermostPart = (el: Element): Element | undefined => {
  let part: Element | undefined;
  for (let at: Element | null = el; at; at = at.parentElement) if (at.matches(PARTS)) part = at;
  return part;
};

/**
 * The look of each element: every computed property (custom properties aside: they are tokens,
 * not looks), the ::before and ::after boxes where they have content, and the element's box
 * (its size, and its place within its outermost part: where a host puts a part is the host's).
 */
function looks(
  elements: Element[],
  originOf = outermostPart,
  skip: (el: Element, prop: string) => boolean = () => false,
): Map<string, string> {
  const out = new Map<string, string>();
  elements.forEach((el, index) => {
    const name = `${index} <${el.localName}${el.className ? ` class="${String(el.getAttribute('class'))}"` : ''}>`;
    for (const pseudo of [null, '::before', '::after'] as const) {
      const style = getComputedStyle(el, pseudo);
      if (pseudo !== null && style.content === 'none') continue;
      for (const prop of style) {
        if (prop.startsWith('--') || (pseudo === null && skip(el, prop))) continue;
        out.set(`${name}${pseudo ?? ''} ${prop}`, style.getPropertyValue(prop));
      }
    }
    if (el.getClientRects().length === 0) return; // no box (an <option>, a closed dialog)
    const box = el.getBoundingClientRect();
    const origin = originOf(el)?.getBoundingClientRect() ?? box;
    out.set(
      `${name} box`,
      [box.left - origin.left, box.top - origin.top, box.width, box.height]
        .map((n) => n.toFixed(1))
        .join(' '),
    );
  });
  return out;
}

function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  const diffs: string[] = [];
  for (const [key, value] of before) {
    const now = after.get(key);
    if (now !== value) diffs.push(`${key}: ${value} → ${now ?? '(gone)'}`);
  }
  for (const key of after.keys()) if (!before.has(key)) diffs.push(`${key}: (new)`);
  return diffs;
}

/** Every data view with real content, each for the synthetic patient that fills it. */
async function renderEveryView() {
  const view = render(
    <div style={HOST_BOX} data-testid="page">
      <Patient scenario="report-versions">
        <LabResultsOverview />
      </Patient>
      <Patient scenario="repeat-copies">
        <LabReportView reportId={reportIdOf('PK-2026-77120')} />
        <RequisitionPanel reportId={reportIdOf('PK-2026-77120')} />
        <PatientSafetyRestrictions
          object={{ type: 'Svarrapport', value: reportIdOf('PK-2026-77120') }}
          allowCreate={false}
        />
      </Patient>
      <Patient scenario="microbiology">
        <LabResultsOverview defaultGroupBy="expertise" />
      </Patient>
      <Patient scenario="gp-chemistry">
        <CumulativeTable />
        <TrendChart code="NPU04998" />
        <RequisitionList />
      </Patient>
      <Patient scenario="general-block">
        <PrivacyRestrictions />
        <LabResultsOverview />
      </Patient>
    </div>,
  );
  await screen.findAllByText('Viser 7 av 7 svarrapporter');
  await screen.findAllByRole('table', { name: 'Resultater' });
  await screen.findAllByText('Rekvirent');
  await screen.findAllByText('Ingen restriksjoner: pasienten ser dette på Helsenorge.');
  await screen.findAllByRole('grid', { name: 'Kumulativ visning' });
  await screen.findAllByRole('img', { name: /^Utvikling: P-Kreatinin/ });
  await screen.findAllByRole('listitem', { name: 'Årskontroll diabetes' });
  await screen.findAllByText('Sperring (satt av pasienten)');
  // Nothing is still loading anywhere on the page.
  await expect
    .poll(() => document.querySelectorAll('[aria-busy="true"], [data-state="loading"]').length)
    .toBe(0);
  await settled();
  const page = screen.getByTestId('page');
  return { view, page };
}

describe('pps-kit in a host page', () => {
  it.each([
    ['Bootstrap 5', bootstrapCss],
    ['a hostile global stylesheet', HOSTILE_CSS],
  ])('looks the same under %s', async (_host, hostCss) => {
    addStyle(ppsCss);
    const { view, page } = await renderEveryView();
    const elements = partsOf(page);
    expect(elements.length).toBeGreaterThan(500);
    const before = looks(elements);
    // The host's stylesheet comes after pps-kit's: it wins every tie.
    addStyle(hostCss);
    await settled();
    expect(partsOf(page)).toEqual(elements);
    expect(differences(before, looks(elements)).slice(0, 40)).toEqual([]);
    view.unmount();
  });

  it('keeps the host look: the host page looks the same with pps-kit and without', async () => {
    addStyle(bootstrapCss);
    const view = render(
      <div style={HOST_BOX} data-testid="host">
        <h2>Journal</h2>
        <p>
          Notat med <a href="#lenke">lenke</a>, <strong>uthevet</strong> og <small>liten</small> tekst.
        </p>
        <table className="table">
          <caption>Vitale tegn</caption>
          <thead>
            <tr>
              <th>Tid</th>
              <th>Puls</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>08:00</td>
              <td>72</td>
            </tr>
          </tbody>
        </table>
        <ul>
          <li>Punkt</li>
        </ul>
        <button type="button" className="btn btn-primary">
          Lagre
        </button>
        <button type="button">Avbryt</button>
        <dialog open>Dialog</dialog>
        <svg width="40" height="20" role="img" aria-label="Ikon">
          <rect width="40" height="20" />
        </svg>
      </div>,
    );
    const host = screen.getByTestId('host');
    const elements = [host, ...host.querySelectorAll('*')];
    const before = looks(elements);
    addStyle(ppsCss);
    await settled();
    expect(differences(before, looks(elements))).toEqual([]);
    view.unmount();
  });

  it('the layered entry lets the host win: a host h2 rule reaches the heading', async () => {
    addStyle(layeredCss);
    addStyle('h2 { color: rgb(220, 20, 60); }');
    const view = render(
      <div style={HOST_BOX}>
        <Patient scenario="report-versions">
          <LabResultsOverview />
        </Patient>
      </div>,
    );
    await screen.findByText('Viser 7 av 7 svarrapporter');
    expect(getComputedStyle(screen.getByRole('heading', { level: 2, name: 'Prøvesvar' })).color).toBe(
      'rgb(220, 20, 60)',
    );
    view.unmount();
  });
});

describe('the presets keep the host font where the design system gives none', () => {
  it.each(['aksel', 'designsystemet'] as const)('%s', async (theme) => {
    addStyle(ppsCss);
    const view = render(
      <div style={{ ...HOST_BOX, fontFamily: 'Georgia, serif' }} data-testid="host">
        <Patient scenario="report-versions" theme={theme}>
          <LabResultsOverview />
        </Patient>
      </div>,
    );
    const section = (await screen.findByRole('heading', { level: 2, name: 'Prøvesvar' })).closest('section');
    if (!section) throw new Error('no section');
    expect(getComputedStyle(section).fontFamily).toBe('Georgia, serif');
    // With the design system's stylesheet, its font.
    const token = theme === 'aksel' ? '--ax-font-family' : '--ds-font-family';
    screen.getByTestId('host').style.setProperty(token, '"Source Sans 3", sans-serif');
    expect(getComputedStyle(section).fontFamily).toBe('"Source Sans 3", sans-serif');
    view.unmount();
  });
});

/** Every exported component that is not a view, as a host would mount it on its own. */
function Parts() {
  const t = labResultsMessages.nb;
  const d = dataStateMessages.nb;
  return (
    <>
      <AccessRestrictionNotice codes={['General']} />
      <AccessRestrictionNotice codes={['Specific']} />
      <DataState state={{ kind: 'error', error: new Error('503'), onRetry: () => {} }} messages={d} />
      <DataState state={{ kind: 'loading' }} messages={d} />
      <LoadProgress
        progress={{ loaded: 50, total: 120 }}
        isLoadingMore
        pageError={undefined}
        onRetry={() => {}}
        messages={d}
      />
      <LoadProgress
        progress={{ loaded: 50, total: 120 }}
        isLoadingMore={false}
        pageError={new Error('side 3')}
        onRetry={() => {}}
        messages={d}
      />
      <ResultFlag
        classification={{ class: 'critical', source: 'lab', reason: 'lab-flag-hl7', direction: 'low' }}
        messages={t}
      />
      <ResultFlag
        classification={{ class: 'high', source: 'computed', reason: 'computed-above-range' }}
        messages={t}
      />
      <StatusBadge status="preliminary" messages={t} />
      <StatusBadge status="entered-in-error" messages={t} />
      <CitizenVisibilityNote object={{ type: 'Svarrapport', value: reportIdOf('PK-2026-77120') }} />
    </>
  );
}

describe('every exported component is styled wherever it is mounted', () => {
  /** An outer part alone is positioned (its hidden text stays in it); inside a view, the view is. */
  const POSITION = /^(position|top|right|bottom|left|inset-.*)$/;

  async function partsLook(wrap: (parts: ReactNode) => ReactNode) {
    const view = render(
      <div style={HOST_BOX} data-testid="box">
        <Patient scenario="repeat-copies">{wrap(<Parts />)}</Patient>
      </div>,
    );
    // The visibility line has its answer from PTS.
    await expect
      .poll(() => screen.getByText('Pasienten ser svaret på Helsenorge:').nextElementSibling?.textContent)
      .not.toBe('Sjekker …');
    await settled();
    const box = screen.getByTestId('box');
    const inner = box.querySelector(':scope > .pps-root') ?? box;
    const part = (el: Element) => {
      let at: Element | null = el;
      while (at && at.parentElement !== inner) at = at.parentElement;
      return at ?? undefined;
    };
    const result = looks(
      [...inner.querySelectorAll('*')],
      part,
      (el, prop) => el.parentElement === inner && POSITION.test(prop),
    );
    view.unmount();
    return result;
  }

  it.each([
    ['a page with no stylesheet of its own', ''],
    ['a hostile page', HOSTILE_CSS],
  ])('alone in %s, the same as inside a view', async (_page, hostCss) => {
    addStyle(ppsCss);
    const inside = await partsLook((parts) => <div className="pps-root">{parts}</div>);
    if (hostCss) addStyle(hostCss);
    const alone = await partsLook((parts) => parts);
    expect(differences(inside, alone).slice(0, 40)).toEqual([]);
  });
});
