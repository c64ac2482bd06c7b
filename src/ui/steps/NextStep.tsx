import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localize } from '../../core/localize';
import { selectGuidance } from '../../core/select-guidance';
import { buildPlan, type Plan } from '../../core/steps/build-plan';
import { planText } from '../../core/steps/plan-text';
import { shownParts, stageStep, withPartValue, withRulerAnswer, type StepResponses, type StepValue } from '../../core/steps/step-responses';
import type { Answers, Questionnaire, Stage, StepPart, TypedTexts } from '../../core/types';
import { IfThenStep } from './IfThenStep';
import { MyPlan } from './MyPlan';
import { PickStep } from './PickStep';
import { RulerAnswers } from './RulerAnswers';
import { stepStringsFor, type StepStrings } from './step-strings';
import { TextsStep } from './TextsStep';
import { TextStep } from './TextStep';
import { useAdoptedStyles } from '../use-adopted-styles';
import resultCss from '../result.css?inline';
import stepsCss from './steps.css?inline';

/** The one way into the next step (src/ui/load-next-step.ts loads this module on demand). */
export interface NextStepProps {
  readonly questionnaire: Questionnaire;
  readonly stage: Stage;
  /** The quiz's answers (parts' showIf and the ruler follow-ups look at them). */
  readonly answers: Answers;
  readonly texts?: TypedTexts;
  readonly lang: string;
  /** What the person wrote so far; held by the caller so it survives going back to the result. */
  readonly responses: StepResponses;
  readonly onResponses: (responses: StepResponses) => void;
  /** `self`: ends in "My plan" with keep actions; `client` (clinician mode): ends with "I'm done". */
  readonly mode: 'self' | 'client';
  /** Open at the plan (the person already wrote something and comes back to it). */
  readonly startAtPlan?: boolean;
  /** Self mode: back to the result. Client mode: the client is done (the hand-back follows). */
  readonly onClose: () => void;
  /** Self mode: the plan was shown (the element tells the host only when it opted in to words). */
  readonly onPlan?: (plan: Plan) => void;
  readonly cta?: { readonly href: string; readonly label: string };
  /** The line under the plan's text when copied or shared, e.g. the date and the practice. */
  readonly footer?: readonly string[];
  /** Unique per widget: ids must not clash with a second widget. */
  readonly idPrefix: string;
  /**
   * The note under each part. Default: the step's own (it stays on this device). Clinician mode
   * gives its own, since the clinician reads what the client writes.
   */
  readonly privacy?: string;
  /** The host receives what the person writes (share-words): the notes say so instead of "stays on this device". */
  readonly wordsShared?: boolean;
}

type Screen = { kind: 'rulers' } | { kind: 'part'; part: StepPart };

/**
 * The next step: one part per screen (ruler follow-ups first when there are any), every part
 * skippable, "stop here" on every screen, then "My plan". Focus moves to each new screen's
 * heading; nothing is timed; nothing typed leaves this component except through `onResponses`.
 */
export function NextStep(props: NextStepProps) {
  const { questionnaire: q, stage, answers, lang, responses, mode } = props;
  const own = stepStringsFor(lang);
  // Under share-words, the person is told before they write, and again with what they wrote.
  const strings = props.wordsShared ? { ...own, privacy: own.privacyShared, planNote: own.planNoteShared } : own;
  const rootRef = useRef<HTMLDivElement>(null);
  // The result's sheet too: its lists and ruler prompts (clinician mode's client has no result screen).
  useAdoptedStyles(rootRef, resultCss);
  useAdoptedStyles(rootRef, stepsCss);
  const step = stageStep(q, stage);
  const prompts = useMemo(() => selectGuidance(q, stage, answers, lang, props.texts).rulerPrompts, [q, stage, answers, lang, props.texts]);
  const screens: Screen[] = useMemo(
    () => [...(prompts.length ? [{ kind: 'rulers' } as const] : []), ...shownParts(q, stage, answers).map((part) => ({ kind: 'part', part }) as const)],
    [q, stage, answers, prompts.length],
  );
  const [at, setAt] = useState(props.startAtPlan && mode === 'self' ? screens.length : 0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => headingRef.current?.focus(), [at]);

  const plan = useMemo(() => buildPlan(q, stage, answers, responses, lang, { ifThen: strings.ifThen }), [q, stage, answers, responses, lang]);
  const onPlanShown = useRef(props.onPlan);
  onPlanShown.current = props.onPlan;
  useLayoutEffect(() => {
    if (at >= screens.length && plan) onPlanShown.current?.(plan);
  }, [at]);
  if (!step || !plan) return null;

  const finish = () => (mode === 'client' ? props.onClose() : setAt(screens.length));
  let body;
  if (at >= screens.length) {
    body = (
      <MyPlan
        plan={plan}
        text={planText(plan, { heading: strings.planHeading, empty: strings.planEmpty, footer: props.footer })}
        strings={strings}
        headingRef={headingRef}
        cta={props.cta}
        keep={mode === 'self'}
        // What they wrote is likeliest near the end; with nothing written, the questions start again.
        onChange={() => setAt(plan.sections.length > 0 ? Math.max(0, screens.length - 1) : 0)}
        onBack={props.onClose}
        backLabel={strings.backToResult}
        lang={lang}
        printLine={props.footer?.join(' · ')}
      />
    );
  } else {
    body = (
      // A fresh screen per part: its fields are uncontrolled (defaultValue), so they must not be
      // reused for the next part's fields. Uncontrolled, because a listener that re-renders the
      // widget mid-keystroke (clinician mode's idle timer listens in the capture phase) would
      // otherwise write the old value back before the field's own input handler reads it.
      <StepScreen
        key={at}
        screen={screens[at]!}
        position={at + 1}
        total={screens.length}
        title={localize(step.title, lang)}
        {...props}
        strings={strings}
        prompts={prompts}
        headingRef={headingRef}
        idPrefix={`${props.idPrefix}-${at}`}
        // Part 1's Back is the way back to the result (a person may have opened the step by mistake);
        // a client at intake has no result to go back to.
        onBack={at > 0 ? () => setAt(at - 1) : mode === 'self' ? props.onClose : undefined}
        onNext={() => (at + 1 >= screens.length ? finish() : setAt(at + 1))}
        onStop={finish}
      />
    );
  }
  return (
    <div class="sq-next-step" ref={rootRef} data-stage={stage}>
      {body}
    </div>
  );
}

interface StepScreenProps extends NextStepProps {
  readonly screen: Screen;
  readonly position: number;
  readonly total: number;
  readonly title: string;
  readonly strings: StepStrings;
  readonly prompts: ReturnType<typeof selectGuidance>['rulerPrompts'];
  readonly headingRef: preact.Ref<HTMLHeadingElement>;
  readonly onBack?: () => void;
  readonly onNext: () => void;
  readonly onStop: () => void;
}

/** One screen of the step: where it is, the prompt as the heading, its fields, and the ways on. */
function StepScreen(props: StepScreenProps) {
  const { screen, strings, responses, lang, idPrefix, mode } = props;
  const headingId = `${idPrefix}-heading`;
  const helpId = `${idPrefix}-help`;
  const part = screen.kind === 'part' ? screen.part : undefined;
  const help = part ? (part.help ? localize(part.help, lang) : undefined) : strings.rulerHelp;
  const value = part && Object.hasOwn(responses.parts, part.id) ? responses.parts[part.id] : undefined;
  const filled = part ? hasWords(value) : props.prompts.some((p) => (responses.rulers[p.item] ?? '').trim() !== '');
  const last = props.position === props.total;
  const set = (v: StepValue) => part && props.onResponses(withPartValue(responses, part, v));
  const field = { lang, strings, idPrefix: `${idPrefix}-f`, labelledBy: headingId, describedBy: help ? helpId : undefined };
  return (
    <section class="sq-screen sq-step" part="next-step">
      <p class="sq-eyebrow">
        {/* The step's title names the stage ("Getting ready"), which a client at intake is not shown. */}
        {mode !== 'client' && `${props.title} · `}
        {strings.partOf(props.position, props.total)}
      </p>
      <h2 class="sq-heading sq-question-text" id={headingId} tabIndex={-1} ref={props.headingRef}>
        {part ? localize(part.prompt, lang) : strings.rulerHeading}
      </h2>
      {help && (
        <p class="sq-help" id={helpId}>
          {help}
        </p>
      )}
      <form
        class="sq-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onNext();
        }}
        onKeyDown={nextBoxOnEnter}
      >
        {!part && (
          <RulerAnswers
            prompts={props.prompts}
            answers={responses.rulers}
            onChange={(item, text) => props.onResponses(withRulerAnswer(responses, item, text))}
            strings={strings}
            idPrefix={field.idPrefix}
          />
        )}
        {part?.type === 'pick' && <PickStep part={part} value={value as readonly string[] | undefined} onChange={set} {...field} />}
        {part?.type === 'texts' && <TextsStep part={part} value={value as readonly string[] | undefined} onChange={set} {...field} />}
        {part?.type === 'ifThen' && <IfThenStep part={part} value={value as never} onChange={set} {...field} />}
        {part?.type === 'text' && <TextStep part={part} value={value as string | undefined} onChange={set} {...field} />}
        <div class="sq-actions sq-step-nav">
          {props.onBack && (
            <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
              {strings.back}
            </button>
          )}
          <button type="submit" class="sq-button sq-button-primary" part="button next">
            {last ? (mode === 'client' ? strings.done : strings.seePlan) : filled ? strings.next : strings.skip}
          </button>
        </div>
      </form>
      {/* On the last part its own button ends the step: no note about a "stop here" that isn't there. */}
      {!last && <p class="sq-note sq-stop-note">{strings.stopNote}</p>}
      {!last && (
        <div class="sq-actions sq-actions-start sq-step-nav">
          <button type="button" class="sq-button sq-button-quiet" part="button" onClick={props.onStop}>
            {mode === 'client' ? strings.stopClient : strings.stopHere}
          </button>
        </div>
      )}
      <p class="sq-note">{props.privacy ?? strings.privacy}</p>
    </section>
  );
}

function hasWords(value: StepValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return value.some((v) => (typeof v === 'string' ? v.trim() !== '' : v.if.trim() !== '' || v.then.trim() !== ''));
}

/**
 * Enter (a phone keyboard's Go) in a box moves to the form's next box instead of submitting the
 * part, which would skip the boxes left; in the last box it submits as usual.
 */
function nextBoxOnEnter(event: KeyboardEvent) {
  const boxes = [...(event.currentTarget as HTMLFormElement).querySelectorAll<HTMLElement>('input[type="text"]')];
  const at = boxes.indexOf(event.target as HTMLElement);
  if (event.key === 'Enter' && !event.isComposing && at >= 0 && at < boxes.length - 1) {
    event.preventDefault();
    boxes[at + 1]!.focus();
  }
}
