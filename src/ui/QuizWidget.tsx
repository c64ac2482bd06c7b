import { useEffect, useId, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import {
  quizCompletion,
  initialQuizState,
  quizProgress,
  quizReducer,
  restoreSnapshot,
  toSnapshot,
  type QuizState,
} from '../core/quiz-flow';
import { NO_RESPONSES, type StepResponses } from '../core/steps/step-responses';
import type { Questionnaire } from '../core/types';
import { IntroScreen } from './IntroScreen';
import { useLazyModule } from './lazy-module';
import { resultPhaseModule } from './load-result-phase';
import { pickLanguage } from './pick-language';
import { useLangSetting } from './use-lang-setting';
import { CurrentQuestion } from './QuestionScreen';
import type { QuizWidgetProps } from './quiz-widget-props';
import type { ResultPhaseProps } from './ResultPhase';
import { ResultPending } from './ResultPending';
import { stringsFor, type UiLanguage, type UiStrings } from './strings';
import { WidgetShell } from './WidgetShell';

/**
 * The quiz widget: introduction, one question per screen, result with guidance. Renders the pure
 * reducer's state (core/quiz-flow) and reports to the host through the callbacks in its props.
 * A new questionnaire object starts afresh; a new `lang` keeps the answers.
 */
export function QuizWidget(props: QuizWidgetProps) {
  // Clinician mode (src/ui/clinician): hand-over, client answers, summary and exports. Injected
  // (props.clinicianView) so that the website script carries none of it. Never fall back to self
  // mode (the client would see the stage): an entry that forgot the view gets a render error for
  // its error boundary; the element checks first and shows its own message.
  if (props.mode === 'clinician') {
    const Clinician = props.clinicianView;
    if (!Clinician) throw new Error('clinician mode is not included in this build');
    return <Clinician key={questionnaireKey(props.questionnaire)} {...props} />;
  }
  return <SelfAssessment key={questionnaireKey(props.questionnaire)} {...props} />;
}

const keys = new WeakMap<Questionnaire, number>();
let lastKey = 0;
function questionnaireKey(q: Questionnaire): number {
  let key = keys.get(q);
  if (key === undefined) keys.set(q, (key = ++lastKey));
  return key;
}


function init(props: QuizWidgetProps): QuizState {
  const restored = props.initialSnapshot == null ? null : restoreSnapshot(props.questionnaire, props.initialSnapshot);
  return restored ?? initialQuizState(props.questionnaire, pickLanguage(props.questionnaire, props.lang));
}

function SelfAssessment(props: QuizWidgetProps) {
  const [state, dispatch] = useReducer(quizReducer, props, init);
  const uid = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  // Focus and announcements follow the person's own actions, never the first render: a widget
  // must not pull focus away from the host page as it loads.
  const interacted = useRef(false);
  const latest = useRef(props);
  latest.current = props;
  const previous = useRef<QuizState>(state);
  const strings = stringsFor(state.lang);
  const q = state.questionnaire;
  // The next step: open or not, and what the person wrote (in memory only; see core/steps).
  const [stepOpen, setStepOpen] = useState(false);
  const [responses, setResponses] = useState<StepResponses>(NO_RESPONSES);

  const act = (event: Parameters<typeof quizReducer>[1]) => {
    interacted.current = true;
    if (event.type === 'retake') {
      // A fresh start keeps none of the words typed for the last one.
      setStepOpen(false);
      setResponses(NO_RESPONSES);
    }
    dispatch(event);
  };

  // Back from the step to the result: focus its heading, as for any new screen.
  const stepWasOpen = useRef(false);
  useLayoutEffect(() => {
    if (stepWasOpen.current && !stepOpen) headingRef.current?.focus();
    stepWasOpen.current = stepOpen;
  }, [stepOpen]);

  useLangSetting(props.lang, () => dispatch({ type: 'setLanguage', lang: pickLanguage(q, props.lang) }));

  // What follows the questions loads while the person answers them, so the result shows at once.
  const pastIntro = state.phase !== 'intro';
  useEffect(() => {
    // A failed load: the result phase says so, and retries.
    if (pastIntro) resultPhaseModule.load().then((m) => m.prefetch(q, state.lang), () => undefined);
  }, [pastIntro, state.lang]);

  // A layout effect: focus lands on the new heading in the same frame the screen appears.
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === state) return;
    const callbacks = latest.current;
    callbacks.onSnapshot?.(toSnapshot(state));
    const completion = state.result !== before.result ? quizCompletion(state, new Date().toISOString()) : null;
    if (completion) callbacks.onComplete?.(completion);
    if (!interacted.current) return;
    const moved = before.phase !== state.phase || before.current !== state.current;
    if (moved) headingRef.current?.focus();
    if (state.error) {
      // The same words again are not re-announced by screen readers; a trailing space differs.
      const message = state.error === 'undecidable' ? strings.undecidable : strings.required;
      setAnnouncement((a) => (a === message ? `${message}\u00a0` : message));
    } else if (moved && state.phase === 'question') {
      const { position, total } = quizProgress(state);
      setAnnouncement(strings.progress(position, total));
    } else if (moved || before.lang !== state.lang) {
      // A new screen, or a new language: nothing stale for a screen reader to find in the old one.
      setAnnouncement('');
    }
  }, [state]);

  const changeLanguage = (lang: UiLanguage) => {
    dispatch({ type: 'setLanguage', lang });
    latest.current.onLanguageChange?.(lang);
  };

  let screen;
  if (state.phase === 'intro') {
    screen = (
      <IntroScreen
        questionnaire={q}
        lang={state.lang}
        strings={strings}
        wordsShared={props.shareWords === true}
        headingRef={headingRef}
        onStart={() => {
          act({ type: 'start' });
          latest.current.onStart?.();
        }}
      />
    );
  } else if (state.phase === 'question') {
    screen = <CurrentQuestion state={state} strings={strings} idPrefix={`sq${uid}`} headingRef={headingRef} act={act} />;
  } else if (state.result) {
    screen = (
      <LazyResultPhase
        questionnaire={q}
        state={state}
        result={state.result}
        settings={props}
        strings={strings}
        stepOpen={stepOpen}
        onStepOpen={(open) => {
          interacted.current = true;
          setStepOpen(open);
        }}
        responses={responses}
        onResponses={setResponses}
        onWords={(words) => {
          // Typed words reach the host only when it opted in (the share-words attribute).
          if (latest.current.shareWords) latest.current.onWords?.(words);
        }}
        headingRef={headingRef}
        rootRef={rootRef}
        idPrefix={`sq${uid}`}
        onRetake={() => {
          act({ type: 'retake' });
          latest.current.onStart?.();
        }}
        onBack={() => act({ type: 'back' })}
      />
    );
  }

  return (
    <WidgetShell
      questionnaire={q}
      lang={state.lang}
      strings={strings}
      onLanguage={changeLanguage}
      announcement={announcement}
      phase={state.phase === 'result' && stepOpen ? 'next-step' : state.phase}
      rootRef={rootRef}
    >
      {screen}
    </WidgetShell>
  );
}

/**
 * The result phase once its module is here: "Loading…" meanwhile (it usually arrived while the
 * person answered), and if it cannot load, a short message with "Try again" (details to the console).
 */
function LazyResultPhase(props: ResultPhaseProps & { readonly strings: UiStrings }) {
  const { mod, failed, retry } = useLazyModule(resultPhaseModule, 'the result');
  // Shown "Loading…" first: the result's heading takes focus when it comes.
  const waited = useRef(!mod);
  if (mod) return <mod.ResultPhase {...props} focusOnMount={waited.current} />;
  return <ResultPending failed={failed} strings={props.strings} onRetry={retry} onBack={props.onBack} />;
}
