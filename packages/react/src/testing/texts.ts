/** Every locale's texts, whole, for tests that read a text in each locale. */
import { accessMessages } from '../access/messages';
import { labResultsMessages } from '../lab-results/messages';
import { en } from '../locales/en';
import { nn } from '../locales/nn';
import { requisitionMessages } from '../requisitions/messages';
import { dateFieldMessages } from '../shared/date-field-messages';
import type { Locale, PpsTexts } from '../shared/i18n';
import { dataStateMessages } from '../shared/messages';

export const TEXTS: Readonly<Record<Locale, PpsTexts>> = {
  nb: {
    labResults: labResultsMessages.nb,
    access: accessMessages.nb,
    dataState: dataStateMessages.nb,
    requisitions: requisitionMessages.nb,
    dateField: dateFieldMessages.nb,
  },
  nn,
  en,
};
