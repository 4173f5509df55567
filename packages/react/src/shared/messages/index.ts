import type { PartCatalogue } from '../i18n';
import { nb, nbViewState } from './nb';
import type { DataStateMessages, ViewStateMessages } from './types';

export type * from './types';

/**
 * The texts every view shares, in bokmål, built in; nynorsk and English are in
 * `@pps-kit/react/locales/nn` and `/en` (`PpsTexts.dataState`), loaded by `PpsProvider` when its
 * `locale` asks for them.
 */
export const dataStateMessages: PartCatalogue<DataStateMessages> = { nb, part: 'dataState' };

/** The shared texts without a paged view's progress: a part of `dataStateMessages`. */
export const viewStateMessages: PartCatalogue<ViewStateMessages> = { nb: nbViewState, part: 'dataState' };

export { fill } from '../fill';
