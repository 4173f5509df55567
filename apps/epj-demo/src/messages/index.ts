import type { Catalogue } from '@pps-kit/react';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';
import type { DemoMessages } from './types';

export type * from './types';

/** Every locale's texts, each in its own file and each checked against `DemoMessages` for every key. */
export const demoMessages: Catalogue<DemoMessages> = { nb, nn, en };
