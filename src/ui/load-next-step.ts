import type * as NextStepModule from './steps/NextStep';

let loading: Promise<typeof NextStepModule> | undefined;

/**
 * The one door to the next step (src/ui/steps/): the result screen and clinician mode reach it
 * only through this dynamic import, so a build can leave the steps out of its first script and
 * load them when a person opens one (the website script's size budget, issue 12). Loaded once.
 */
export function loadNextStep(): Promise<typeof NextStepModule> {
  loading ??= import('./steps/NextStep');
  // A failed load may succeed on the next try (a flaky connection): forget it.
  loading.catch(() => (loading = undefined));
  return loading;
}
