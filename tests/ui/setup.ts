import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { resultPhaseModule } from '../../src/ui/load-result-phase';

// The result phase loads on demand (src/ui/load-result-phase.ts); on a page it has arrived while
// the person answered (the widget starts loading it at Start). Here it is loaded before the tests,
// as on such a page; result-phase-loading.test.tsx covers the wait and a load that fails.
beforeAll(async () => {
  await resultPhaseModule.load();
});

afterEach(() => cleanup());
