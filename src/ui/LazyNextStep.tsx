import { nextStepModule } from './load-next-step';
import { useLazyModule } from './lazy-module';
import { resultStringsFor } from './result-strings';
import type * as NextStepModule from './steps/NextStep';
import type { UiStrings } from './strings';

/**
 * The next step, loaded on demand: "Loading…" while its module arrives, a short message with a
 * way back if it cannot (details to the console), then the step itself.
 */
export function LazyNextStep(props: NextStepModule.NextStepProps & { readonly strings: UiStrings }) {
  const { mod, failed } = useLazyModule(nextStepModule, 'the next step');
  if (mod) return <mod.NextStep {...props} />;
  if (!failed) return <p class="sq-note" role="status">{props.strings.loading}</p>;
  return (
    <div class="sq-screen" role="alert">
      <p>{resultStringsFor(props.lang).nextStepFailed}</p>
      <button type="button" class="sq-button sq-button-quiet" part="button" onClick={props.onClose}>
        {props.strings.back}
      </button>
    </div>
  );
}
