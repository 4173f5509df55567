/** The date field's texts: the format shown beside the label, and what a wrong date says. */
import type { Catalogue } from './i18n';

export interface DateFieldMessages {
  /** The format, shown beside the label. */
  format: string;
  invalid: string;
}

export const dateFieldMessages: Catalogue<DateFieldMessages> = {
  nb: { format: 'dd.mm.åååå', invalid: 'Skriv datoen som dd.mm.åååå, for eksempel 05.03.2026.' },
  nn: { format: 'dd.mm.åååå', invalid: 'Skriv datoen som dd.mm.åååå, til dømes 05.03.2026.' },
  en: { format: 'dd.mm.yyyy', invalid: 'Type the date as dd.mm.yyyy, for example 05.03.2026.' },
};
