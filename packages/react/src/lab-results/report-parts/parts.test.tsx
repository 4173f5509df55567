// @vitest-environment jsdom
import type { LabReport } from '@pps-kit/api-client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithPps } from '../../testing/render';
import * as LabReportParts from '../lab-report-parts-namespace';

const report = {
  id: 'r1',
  status: 'final',
  fagomrade: 'CLIN',
  results: [],
  specimens: [],
  performers: [],
  comments: [],
  clinicalInfo: [],
  repeatCopies: 2,
} as unknown as LabReport;

describe('LabReportParts.Root', () => {
  it('gives the parts inside it the report, the text of the locale and the heading levels', async () => {
    renderWithPps(
      <LabReportParts.Root report={report} headingLevel={3} messages={{ en: { sectionComments: 'Notes' } }}>
        <LabReportParts.Comments />
      </LabReportParts.Root>,
      { patient: { personId: '13116900216' }, locale: 'en' },
    );
    // English loads on demand: the parts wait for it.
    const notes = await screen.findByRole('heading', { level: 4, name: 'Notes' });
    expect(within(notes.closest('section') as HTMLElement).getByText(/2/)).toBeInTheDocument();
  });

  it('a part with neither a report nor a Root says what is missing, in words', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() =>
      renderWithPps(<LabReportParts.Comments />, { patient: { personId: '13116900216' } }),
    ).toThrow('LabReportParts.Comments needs a report prop or a LabReportParts.Root');
    quiet.mockRestore();
  });
});
