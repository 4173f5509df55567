import type { PartCatalogue } from '../../shared/i18n';
import { nb, nbNotice, nbRestrictions } from './nb';
import type { AccessMessages, AccessNoticeMessages, AccessRestrictionsMessages } from './types';

export type * from './types';

/**
 * The texts in bokmål, built in; nynorsk and English are in `@pps-kit/react/locales/nn` and
 * `/en` (`PpsTexts.access`), loaded by `PpsProvider` when its `locale` asks for them.
 */
export const accessMessages: PartCatalogue<AccessMessages> = { nb, part: 'access' };

/** The notice, banner and visibility texts: a part of `accessMessages`. */
export const accessNoticeMessages: PartCatalogue<AccessNoticeMessages> = { nb: nbNotice, part: 'access' };

/** The PTS restriction views' texts: a part of `accessMessages`. */
export const accessRestrictionsMessages: PartCatalogue<AccessRestrictionsMessages> = {
  nb: nbRestrictions,
  part: 'access',
};
