import { useEffect, useId, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { clinicianSummary } from '../../core/clinician-summary';
import { currentVisit } from '../../core/clinician/build-trajectory';
import { summaryText } from '../../core/clinician-summary-text';
import { countedAnswers, initialQuizState, quizCompletion, quizProgress, quizReducer, type QuizEvent } from '../../core/quiz-flow';
import { chosenTypedTexts } from '../../core/placeholder-values';
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
import { HistoryScreen } from './HistoryScreen';
import { IdleWarning } from './IdleWarning';
import { LockedScreen } from './LockedScreen';
import { MAX_WRONG_PINS } from './PinEntry';
import { SummaryActions, type Saved } from './SummaryActions';
import { SummaryScreen } from './SummaryScreen';
import { NO_VISITS, TrajectoryPanel, type LoadedVisits } from './TrajectoryPanel';
import { useIdleTimer, useInactivity } from './use-idle-timer';
import { useLeaveGuard } from '../use-leave-guard';

/** Why the last session was cleared, for the start screen's announcement. */
type ClearReason = 'cleared' | 'wrong-pins' | 'idle';

/**
 * Clinician intake mode: the clinician's start screen (optional client reference and PIN), the
 * hand-over, the client's questions (the self-assessment's question screen, no scores shown), the
 * hand-back, and the summary that opens only on the clinician's deliberate action (with a PIN, only
 * with the PIN). "Next client", the inactivity timeout and five wrong PINs throw the whole session
 * away (a fresh component tree) and tell the host to drop any snapshot.
 */
export function ClinicianIntake(props: QuizWidgetProps) {
  const [session, setSession] = useState(0);
  const [reason, setReason] = useState<ClearReason>('cleared');
  // The language the clinician last chose (not the client, on their turn): the next session starts
  // in it, whatever cleared this one.
  const lang = useRef<UiLanguage | undefined>(undefined);
  const clear = (why: ClearReason = 'cleared') => {
    props.onSnapshot?.(null);
    setReason(why);
    setSession((n) => n + 1);
  };
  return (
    <ClinicianSession
      key={session}
      {...props}
      afterClear={session > 0 ? reason : null}
      onClear={clear}
      startLang={lang.current}
      onClinicianLanguage={(to) => {
        lang.current = to;
      }}
    />
  );
}

type Step = 'start' | 'client' | 'summary' | 'history';

interface SessionProps extends QuizWidgetProps {
  /** This session follows a cleared one (and why): focus its heading and say so. */
  readonly afterClear: ClearReason | null;
  readonly onClear: (reason?: ClearReason) => void;
  /** The language the clinician chose in an earlier session on this device, if any. */
  readonly startLang: UiLanguage | undefined;
  /** The clinician (not the client, on their turn) chose a language. */
  readonly onClinicianLanguage: (lang: UiLanguage) => void;
}

function ClinicianSession(props: SessionProps) {
  const q = props.questionnaire;
  const [state, dispatch] = useReducer(quizReducer, undefined, () => initialQuizState(q, props.startLang ?? pickLanguage(q, props.lang)));
  const [step, setStep] = useState<Step>('start');
  const [clientReference, setClientReference] = useState('');
  const [pin, setPin] = useState('');
  const [locked, setLocked] = useState(false);
  const [wrongPins, setWrongPins] = useState(0);
  // Copied ('yes': the clipboard said so): "Next client" need not ask. Printed or downloaded
  // ('maybe'): the browser never says whether the print dialog or the download was cancelled.
  const [saved, setSaved] = useState<Saved>('no');
  const copied = useRef(false);
  const [earlier, setEarlier] = useState<LoadedVisits>(NO_VISITS);
  const [completedAt, setCompletedAt] = useState<string | null>(null);
  // The language the client answered in: the record's, whatever language the summary is read in.
  const [clientLang, setClientLang] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // The exercise after the questions: offered unless the clinician switched it off at the start;
  // what the client writes lives here, in memory, and goes with the session on Next client.
  const [offerStep, setOfferStep] = useState(true);
  const [stepResponses, setStepResponses] = useState<StepResponses>(NO_RESPONSES);
  const [stepDone, setStepDone] = useState(false);
  const uid = useId();
  const root = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const interacted = useRef(props.afterClear !== null);
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
    setClientLang(state.lang);
    const completion = quizCompletion(state, at);
    if (completion) latest.current.onComplete?.(completion);
  }, [state.result]);

  // A session cleared without the clinician's "Next client" says so on the start screen, not
  // only to a screen reader: whoever comes back to the device learns why the intake is gone.
  const notice = props.afterClear === 'wrong-pins' ? s.clearedWrongPins : props.afterClear === 'idle' ? s.clearedIdle : undefined;
  const screenKey = `${step}:${state.phase}:${state.current ?? ''}:${stepDone}:${locked}`;
  useEffect(() => {
    if (props.afterClear && step === 'start') setAnnouncement(notice ?? s.cleared);
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

  /**
   * Throws the session away. A summary copied as text is overwritten on the clipboard first (on
   * "Next client" that is a user gesture; on a timeout the browser may refuse, which is ignored).
   */
  const wipe = (reason?: ClearReason) => {
    if (copied.current) {
      try {
        void navigator.clipboard?.writeText('').catch(() => undefined);
      } catch {
        // No clipboard here: nothing of ours can be on it.
      }
    }
    props.onClear(reason);
  };
  const checkPin = (entered: string, onRight: () => void) => {
    interacted.current = true;
    if (entered === pin) {
      setWrongPins(0);
      onRight();
      return;
    }
    if (wrongPins + 1 >= MAX_WRONG_PINS) wipe('wrong-pins');
    else setWrongPins(wrongPins + 1);
  };

  const idleMinutes = props.idleMinutes ?? 10;
  const clearMinutes = props.clearMinutes ?? 30;
  const pinSet = step !== 'start' && pin !== '';
  const sensitive = step === 'summary' || step === 'history';
  // With a PIN, a pause locks the summary (the PIN brings it back) …
  useInactivity(root, idleMinutes, pinSet && sensitive && !locked, () => setLocked(true));
  // … and only a longer one, or "Next client", clears the session. Without a PIN: cleared after idleMinutes.
  // With a PIN the whole session, an unfinished intake too, keeps for clearMinutes, as the start
  // screen promises: a client who steps away mid-questions does not lose their answers.
  const idle = useIdleTimer(root, pinSet ? clearMinutes : idleMinutes, step !== 'start' || clientReference !== '' || pin !== '', () => wipe('idle'));
  // Leaving the page (a reload, a back swipe, closing the tab) would lose an intake under way that
  // is not printed, downloaded or copied: the browser asks first.
  useLeaveGuard(saved !== 'yes' && (step !== 'start' || state.phase !== 'intro'));

  const record: IntakeRecord | null = useMemo(() => {
    if (!state.result || !completedAt || !clientLang) return null;
    const answers = countedAnswers(state);
    return {
      questionnaire: q,
      answers,
      texts: chosenTypedTexts(q, answers, state.texts),
      result: state.result,
      lang: clientLang,
      completedAt,
      clientReference,
      ...(clientStep ? { nextStep: stepResponses } : {}),
    };
  },
    [state.result, state.texts, clientLang, completedAt, clientReference, clientStep, stepResponses],
  );

  const changeLanguage = (lang: UiLanguage) => {
    dispatch({ type: 'setLanguage', lang });
    if (step !== 'client') props.onClinicianLanguage(lang);
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
        pin={pin}
        onPin={setPin}
        idleMinutes={idleMinutes}
        clearMinutes={clearMinutes}
        onContinue={() => go('client')}
        onHistory={() => go('history')}
        notice={notice}
      >
        {q.nextSteps && <OfferStepChoice checked={offerStep} onChange={setOfferStep} strings={w} idPrefix={`sq${uid}`} />}
      </ClinicianStart>
    );
  } else if (locked) {
    screen = (
      <LockedScreen
        strings={s}
        idPrefix={`sq${uid}`}
        wrongPins={wrongPins}
        headingRef={headingRef}
        onPin={(entered) => checkPin(entered, () => setLocked(false))}
      />
    );
  } else if (step === 'history') {
    screen = (
      <HistoryScreen
        questionnaire={q}
        lang={state.lang}
        strings={s}
        headingRef={headingRef}
        loaded={earlier}
        onLoaded={setEarlier}
        // The files were one client's: the next one must not find them on their summary.
        onBack={() => {
          setEarlier(NO_VISITS);
          go('start');
        }}
        onPrint={() => window.print()}
      />
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
    // The client sees no result: the last question leads on to their exercise, or ends.
    const lastLabel = offerStep && q.nextSteps ? strings.next : s.clientFinish;
    screen = <CurrentQuestion state={state} strings={{ ...strings, seeResult: lastLabel }} idPrefix={`sq${uid}`} headingRef={headingRef} act={act} />;
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
        privacy={w.stepPrivacy}
        strings={strings}
      />
    );
  } else if (step === 'client') {
    screen = (
      <HandBack
        strings={s}
        headingRef={headingRef}
        onShowSummary={() => go('summary')}
        pin={pin ? { idPrefix: `sq${uid}`, wrongPins, onPin: (entered) => checkPin(entered, () => go('summary')) } : undefined}
      />
    );
  } else if (record) {
    // The summary reads in the clinician's language; the record keeps the client's.
    const model = clinicianSummary({ ...record, lang: state.lang, answeredIn: record.lang });
    const completedText = formatDateTime(record.completedAt, state.lang);
    const plan =
      record.nextStep && record.result.status === 'complete'
        ? buildPlan(q, record.result.stage, record.answers, record.nextStep, state.lang, { ifThen: w.ifThen })
        : null;
    const download = (file: Parameters<typeof downloadFile>[0]) => {
      if (saved === 'no') setSaved('maybe');
      downloadFile(file);
    };
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
            onPrint={() => {
              if (saved === 'no') setSaved('maybe');
              window.print();
            }}
            onDownloadJson={() => download(resultJsonFile({ ...record, plan }))}
            onDownloadFhir={() => download(fhirResponseFile(record))}
            // The blank questionnaire holds none of the client's answers: it saves nothing of this intake.
            onDownloadQuestionnaire={() => downloadFile(fhirQuestionnaireFile(q, record.lang))}
            onCopy={async () => {
              try {
                const words = q.nextSteps ? `\n\n${clientWordsText(plan, w)}` : '';
                await navigator.clipboard.writeText(summaryText(model, s.text, () => completedText) + words);
                copied.current = true;
                setSaved('yes');
                return true;
              } catch {
                return false;
              }
            }}
            saved={saved}
            onNextClient={() => wipe()}
            onLock={pin ? () => setLocked(true) : undefined}
          />
        }
        history={
          <TrajectoryPanel
            questionnaire={q}
            lang={state.lang}
            strings={s}
            loaded={earlier}
            onLoaded={setEarlier}
            current={currentVisit(q, {
              completedAt: record.completedAt,
              clientReference: record.clientReference,
              lang: record.lang,
              stage: model.stage,
              scores: record.result.scores,
              answers: record.answers,
            })}
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
      phase={locked ? 'locked' : step === 'client' ? state.phase : step}
      mode="clinician"
      modeClass="sq-clin"
      rootRef={root}
    >
      {idle.secondsLeft !== null && (
        <IdleWarning secondsLeft={idle.secondsLeft} strings={s} idPrefix={`sq${uid}`} onStay={idle.stay} withSummary={completedAt !== null} />
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
