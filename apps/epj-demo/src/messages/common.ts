/** Texts the locales share. */
import type { ScenarioName } from '@pps-kit/mocks';

export const scenarioNb: Record<ScenarioName, string> = {
  'gp-chemistry': 'Fastlegepasient, ti års biokjemi',
  microbiology: 'Mikrobiologi med resistens',
  'pathology-radiology': 'Patologi og radiologi',
  'report-versions': 'Endret, tillegg og kansellert',
  'repeat-copies': 'Gjentatte svar, rare enheter',
  'general-block': 'Sperret for alle',
  'specific-block': 'Sperret for deg',
  reservation: 'Reservert',
  'no-data': 'Ingen data',
};
