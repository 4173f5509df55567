import type { Catalogue } from '../i18n';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { DataStateMessages } from './types';

export type * from './types';

/** Every locale's texts, each in its own file and each checked against `DataStateMessages` for every key. */
export const dataStateMessages: Catalogue<DataStateMessages> = { nb, nn, en };

export { fill } from '../fill';
