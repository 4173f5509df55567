/**
 * Every pps-kit text in nynorsk (`@pps-kit/react/locales/nn`). `PpsProvider` loads it by itself
 * when `locale="nn"`; a host that imports it and passes it as `texts` has it from the first render.
 */
import { nn as access } from '../access/messages/nn';
import { nn as labResults } from '../lab-results/messages/nn';
import { nn as requisitions } from '../requisitions/messages/nn';
import type { PpsTexts } from '../shared/i18n';
import { nn as dataState } from '../shared/messages/nn';

export const nn: PpsTexts = {
  labResults,
  access,
  dataState,
  requisitions,
  dateField: { format: 'dd.mm.åååå', invalid: 'Skriv datoen som dd.mm.åååå, til dømes 05.03.2026.' },
};
