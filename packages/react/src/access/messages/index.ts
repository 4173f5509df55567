import type { Catalogue } from '../../shared/i18n';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { AccessMessages } from './types';

export type * from './types';

/** Every locale's texts, each in its own file and each checked against `AccessMessages` for every key. */
export const accessMessages: Catalogue<AccessMessages> = { nb, nn, en };
