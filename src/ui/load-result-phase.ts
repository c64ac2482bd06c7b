import { lazyModule } from './lazy-module';

/**
 * The one door to what follows the questions in self mode (src/ui/ResultPhase.tsx: the result,
 * its styles, the next step): a dynamic import, so the website script loads it on demand, from
 * beside the script, while the person answers (the `result` part; issue 12's size budget).
 */
export const resultPhaseModule = lazyModule(() => import('./ResultPhase'));
