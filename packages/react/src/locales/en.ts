/**
 * Every pps-kit text in English (`@pps-kit/react/locales/en`). `PpsProvider` loads it by itself
 * when `locale="en"`; a host that imports it and passes it as `texts` has it from the first render.
 */
import { en as access } from '../access/messages/en';
import { en as labResults } from '../lab-results/messages/en';
import { en as requisitions } from '../requisitions/messages/en';
import type { PpsTexts } from '../shared/i18n';
import { en as dataState } from '../shared/messages/en';

export const en: PpsTexts = {
  labResults,
  access,
  dataState,
  requisitions,
  dateField: { format: 'dd.mm.yyyy', invalid: 'Type the date as dd.mm.yyyy, for example 05.03.2026.' },
};
