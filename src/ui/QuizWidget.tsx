import { useId, useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import {
  quizCompletion,
  initialQuizState,
  quizProgress,
  quizReducer,
  restoreSnapshot,
  toSnapshot,
  type QuizState,
} from '../core/quiz-flow';
import { localize } from '../core/localize';
import { selectGuidance } from '../core/select-guidance';
import { NO_RESPONSES, compactResponses, hasResponses, stageStep, type StepResponses } from '../core/steps/step-responses';
import type { Questionnaire } from '../core/types';
import { IntroScreen } from './IntroScreen';
import { LazyNextStep } from './LazyNextStep';
import { NextStepOffer } from './NextStepOffer';
import { safeHref } from './safe-href';
import { pickLanguage } from './pick-language';
import { useLangSetting } from './use-lang-setting';
import { CurrentQuestion } from './QuestionScreen';
import type { QuizWidgetProps } from './quiz-widget-props';
import { ResultScreen } from './ResultScreen';
import { stringsFor, type UiLanguage } from './strings';
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
    } else if (moved) {
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
        headingRef={headingRef}
        arrive={interacted.current}
        onStart={() => {
          act({ type: 'start' });
          latest.current.onStart?.();
        }}
      />
    );
  } else if (state.phase === 'question') {
    screen = <CurrentQuestion state={state} strings={strings} idPrefix={`sq${uid}`} headingRef={headingRef} act={act} />;
  } else if (state.result && stepOpen) {
    const cta = safeHref(props.ctaHref);
    const result = state.result;
    screen = (
      <LazyNextStep
        questionnaire={q}
        stage={result.stage}
        answers={state.answers}
        texts={state.texts}
        lang={state.lang}
        responses={responses}
        onResponses={setResponses}
        mode="self"
        startAtPlan={hasResponses(responses)}
        onClose={() => setStepOpen(false)}
        onPlan={() => {
          // Typed words reach the host only when it opted in (the share-words attribute).
          if (!latest.current.shareWords) return;
          latest.current.onWords?.({
            questionnaire: { id: q.id, version: q.version },
            stage: result.stage,
            lang: state.lang,
            texts: state.texts,
            nextStep: compactResponses(q, result.stage, state.answers, responses),
          });
        }}
        cta={cta ? { href: cta, label: props.ctaLabel?.trim() || strings.ctaDefault } : undefined}
        footer={[formatDate(state.lang)]}
        idPrefix={`sq${uid}-step`}
        strings={strings}
      />
    );
  } else if (state.result) {
    const step = stageStep(q, state.result.stage);
    screen = (
      <ResultScreen
        nextStep={
          step && (
            <NextStepOffer
              step={step}
              lang={state.lang}
              strings={strings}
              resume={hasResponses(responses)}
              onOpen={() => {
                interacted.current = true;
                setStepOpen(true);
              }}
            />
          )
        }
        stage={state.result.stage}
        guidance={selectGuidance(q, state.result.stage, state.answers, state.lang, state.texts)}
        strings={strings}
        title={localize(q.title, state.lang)}
        lang={state.lang}
        practiceName={props.practiceName}
        ctaHref={props.ctaHref}
        ctaLabel={props.ctaLabel}
        crisis={props.crisis}
        headingRef={headingRef}
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
    >
      {screen}
    </WidgetShell>
  );
}

/** Today's date in the person's language, under a copied or shared plan. */
function formatDate(lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : lang, { dateStyle: 'long' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
