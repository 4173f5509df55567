/** The date field's texts: the format shown beside the label, and what a wrong date says. */
import type { PartCatalogue } from './i18n';

export interface DateFieldMessages {
  /** The format, shown beside the label. */
  format: string;
  invalid: string;
}

/** In bokmål; nynorsk and English are in the locale texts (`PpsTexts.dateField`). */
export const dateFieldMessages: PartCatalogue<DateFieldMessages> = {
  nb: { format: 'dd.mm.åååå', invalid: 'Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026.' },
  part: 'dateField',
};
