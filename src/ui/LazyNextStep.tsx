import { useEffect, useState } from 'preact/hooks';
import { loadNextStep } from './load-next-step';
import type * as NextStepModule from './steps/NextStep';
import type { UiStrings } from './strings';

type Loaded = typeof NextStepModule;
let ready: Loaded | undefined;

/**
 * The next step, loaded on demand: "Loading…" while its module arrives, a short message with a
 * way back if it cannot (details to the console), then the step itself.
 */
export function LazyNextStep(props: NextStepModule.NextStepProps & { readonly strings: UiStrings }) {
  const [mod, setMod] = useState<Loaded | undefined>(ready);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (mod) return;
    loadNextStep().then(
      (loaded) => setMod((ready = loaded)),
      (error: unknown) => {
        console.error('stages-quiz: the next step could not be loaded', error);
        setFailed(true);
      },
    );
  }, []);
  if (mod) return <mod.NextStep {...props} />;
  if (!failed) return <p class="sq-note" role="status">{props.strings.loading}</p>;
  return (
    <div class="sq-screen" role="alert">
      <p>{props.strings.nextStepFailed}</p>
      <button type="button" class="sq-button sq-button-quiet" part="button" onClick={props.onClose}>
        {props.strings.back}
      </button>
    </div>
  );
}
