import type { Catalogue } from '../../shared/i18n';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { LabResultsMessages } from './types';

export type * from './types';

/** Every locale's texts, each in its own file and each checked against `LabResultsMessages` for every key. */
export const labResultsMessages: Catalogue<LabResultsMessages> = { nb, nn, en };
