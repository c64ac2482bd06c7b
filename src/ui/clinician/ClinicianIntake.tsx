import { useEffect, useId, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { clinicianSummary } from '../../core/clinician-summary';
import { summaryText } from '../../core/clinician-summary-text';
import { countedAnswers, initialQuizState, quizCompletion, quizProgress, quizReducer, type QuizEvent } from '../../core/quiz-flow';
import { buildPlan } from '../../core/steps/build-plan';
import { NO_RESPONSES, stageStep, type StepResponses } from '../../core/steps/step-responses';
import { LazyNextStep } from '../LazyNextStep';
import { pickLanguage } from '../pick-language';
import { useLangSetting } from '../use-lang-setting';
import { CurrentQuestion } from '../QuestionScreen';
import type { QuizWidgetProps } from '../quiz-widget-props';
import { stringsFor, type UiLanguage } from '../strings';
import { WidgetShell } from '../WidgetShell';
import { fhirQuestionnaireFile, fhirResponseFile, resultJsonFile, type IntakeRecord } from './clinician-exports';
import { clinicianStringsFor } from './clinician-strings';
import { ClinicianStart } from './ClinicianStart';
import { clientWordsStringsFor } from './client-words-strings';
import { ClientWords, clientWordsText } from './ClientWords';
import { OfferStepChoice } from './OfferStepChoice';
import { downloadFile } from './download-file';
import { HandBack, HandToClient } from './HandOverScreen';
import { IdleWarning } from './IdleWarning';
import { SummaryActions } from './SummaryActions';
import { SummaryScreen } from './SummaryScreen';
import { useIdleTimer } from './use-idle-timer';

/**
 * Clinician intake mode: the clinician's start screen, the hand-over, the client's questions
 * (the self-assessment's question screen, no scores shown), the hand-back, and the summary that
 * opens only on the clinician's deliberate action. "Next client" and the inactivity timeout
 * throw the whole session away (a fresh component tree) and tell the host to drop any snapshot.
 */
export function ClinicianIntake(props: QuizWidgetProps) {
  const [session, setSession] = useState(0);
  const clear = () => {
    props.onSnapshot?.(null);
    setSession((n) => n + 1);
  };
  return <ClinicianSession key={session} {...props} afterClear={session > 0} onClear={clear} />;
}

type Step = 'start' | 'client' | 'summary';

interface SessionProps extends QuizWidgetProps {
  /** This session follows a cleared one: focus its heading and say so. */
  readonly afterClear: boolean;
  readonly onClear: () => void;
}

function ClinicianSession(props: SessionProps) {
  const q = props.questionnaire;
  const [state, dispatch] = useReducer(quizReducer, undefined, () => initialQuizState(q, pickLanguage(q, props.lang)));
  const [step, setStep] = useState<Step>('start');
  const [clientReference, setClientReference] = useState('');
  const [completedAt, setCompletedAt] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The exercise after the questions: offered unless the clinician switched it off at the start;
  // what the client writes lives here, in memory, and goes with the session on Next client.
  const [offerStep, setOfferStep] = useState(true);
  const [stepResponses, setStepResponses] = useState<StepResponses>(NO_RESPONSES);
  const [stepDone, setStepDone] = useState(false);
  const uid = useId();
  const root = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const interacted = useRef(props.afterClear);
  const latest = useRef(props);
  latest.current = props;
  const strings = stringsFor(state.lang);
  const s = clinicianStringsFor(state.lang);
  const w = clientWordsStringsFor(state.lang);
  const clientStep = state.result && offerStep ? stageStep(q, state.result.stage) : undefined;

  const act = (event: QuizEvent) => {
    interacted.current = true;
    dispatch(event);
  };
  const go = (next: Step) => {
    interacted.current = true;
    setStep(next);
  };

  useLangSetting(props.lang, () => dispatch({ type: 'setLanguage', lang: pickLanguage(q, props.lang) }));

  // The client finished: stamp the time once and tell the host (as in self mode).
  useEffect(() => {
    if (!state.result || completedAt) return;
    const at = new Date().toISOString();
    setCompletedAt(at);
    const completion = quizCompletion(state, at);
    if (completion) latest.current.onComplete?.(completion);
  }, [state.result]);

  const screenKey = `${step}:${state.phase}:${state.current ?? ''}:${stepDone}`;
  useEffect(() => {
    if (props.afterClear && step === 'start') setAnnouncement(s.cleared);
  }, []);
  useEffect(() => {
    if (!interacted.current) return;
    headingRef.current?.focus();
    if (step === 'client' && state.phase === 'question') {
      const { position, total } = quizProgress(state);
      setAnnouncement(strings.progress(position, total));
    } else if (!(props.afterClear && step === 'start')) {
      setAnnouncement('');
    }
  }, [screenKey]);
  useEffect(() => {
    if (state.error) setAnnouncement((a) => (a === strings.required ? `${strings.required}\u00a0` : strings.required));
  }, [state.error, state.current]);

  const idle = useIdleTimer(root, props.idleMinutes ?? 10, step !== 'start' || clientReference !== '', props.onClear);

  const record: IntakeRecord | null = useMemo(
    () =>
      state.result && completedAt
        ? {
            questionnaire: q,
            answers: countedAnswers(state),
            result: state.result,
            lang: state.lang,
            completedAt,
            clientReference,
            ...(clientStep ? { nextStep: stepResponses } : {}),
          }
        : null,
    [state.result, state.lang, completedAt, clientReference, clientStep, stepResponses],
  );

  const changeLanguage = (lang: UiLanguage) => {
    dispatch({ type: 'setLanguage', lang });
    latest.current.onLanguageChange?.(lang);
  };

  let screen;
  if (step === 'start') {
    screen = (
      <ClinicianStart
        questionnaire={q}
        lang={state.lang}
        strings={s}
        idPrefix={`sq${uid}`}
        clientReference={clientReference}
        headingRef={headingRef}
        onClientReference={setClientReference}
        onContinue={() => go('client')}
      >
        {q.nextSteps && <OfferStepChoice checked={offerStep} onChange={setOfferStep} strings={w} idPrefix={`sq${uid}`} />}
      </ClinicianStart>
    );
  } else if (step === 'client' && state.phase === 'intro') {
    screen = (
      <HandToClient
        strings={s}
        headingRef={headingRef}
        onBegin={() => {
          act({ type: 'start' });
          latest.current.onStart?.();
        }}
      />
    );
  } else if (step === 'client' && state.phase === 'question') {
    screen = <CurrentQuestion state={state} strings={strings} idPrefix={`sq${uid}`} headingRef={headingRef} act={act} />;
  } else if (step === 'client' && clientStep && !stepDone && state.result) {
    screen = (
      <LazyNextStep
        questionnaire={q}
        stage={state.result.stage}
        answers={state.answers}
        texts={state.texts}
        lang={state.lang}
        responses={stepResponses}
        onResponses={setStepResponses}
        mode="client"
        onClose={() => {
          interacted.current = true;
          setStepDone(true);
        }}
        idPrefix={`sq${uid}-step`}
        strings={strings}
      />
    );
  } else if (step === 'client') {
    screen = <HandBack strings={s} headingRef={headingRef} onShowSummary={() => go('summary')} />;
  } else if (record) {
    const model = clinicianSummary({ ...record, clientReference: record.clientReference });
    const completedText = formatDateTime(record.completedAt, state.lang);
    const plan =
      record.nextStep && record.result.status === 'complete'
        ? buildPlan(q, record.result.stage, record.answers, record.nextStep, state.lang, { ifThen: w.ifThen })
        : null;
    screen = (
      <SummaryScreen
        model={model}
        strings={s}
        completedText={completedText}
        headingRef={headingRef}
        clientWords={q.nextSteps && (plan || !offerStep) && <ClientWords plan={plan} strings={w} />}
        actions={
          <SummaryActions
            strings={s}
            onPrint={() => window.print()}
            onDownloadJson={() => downloadFile(resultJsonFile({ ...record, plan }))}
            onDownloadFhir={() => downloadFile(fhirResponseFile(record))}
            onDownloadQuestionnaire={() => downloadFile(fhirQuestionnaireFile(q, record.lang))}
            onCopy={async () => {
              try {
                const words = q.nextSteps ? `\n\n${clientWordsText(plan, w)}` : '';
                await navigator.clipboard.writeText(summaryText(model, s.text, () => completedText) + words);
                return true;
              } catch {
                return false;
              }
            }}
            onNextClient={props.onClear}
          />
        }
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
      phase={step === 'client' ? state.phase : step}
      mode="clinician"
      modeClass="sq-clin"
      rootRef={root}
    >
      {idle.secondsLeft !== null && (
        <IdleWarning secondsLeft={idle.secondsLeft} strings={s} idPrefix={`sq${uid}`} onStay={idle.stay} />
      )}
      {screen}
    </WidgetShell>
  );
}

/**
 * The completion time in the reader's language, e.g. "November 23, 2026 at 10:30 AM". Plain
 * Spanish is written as in the US ("a las 10:30 a.m."), not Spain's 24-hour clock.
 */
function formatDateTime(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
  } catch {
    return iso;
  }
}
