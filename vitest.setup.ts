import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Without Vitest globals, Testing Library cannot register its own cleanup.
afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// No test depends on the machine's speed: on a shared, loaded CI machine a state can take far
// longer than Testing Library's 1 s default to arrive. Waits end as soon as the state is there.
configure({ asyncUtilTimeout: 20_000 });
