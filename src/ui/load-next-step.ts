import { lazyModule } from './lazy-module';

/**
 * The one door to the next step (src/ui/steps/) for clinician mode: reached only through this
 * dynamic import, so a build can leave the steps out of its first script and load them when the
 * client opens one. (Self mode reaches the steps through the result phase: load-result-phase.ts.)
 */
export const nextStepModule = lazyModule(() => import('./steps/NextStep'));
