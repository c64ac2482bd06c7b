import type { ComponentChildren, Ref } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SelectedGuidance } from '../core/select-guidance';
import { resultText } from '../core/share/result-text';
import type { Stage } from '../core/types';
import { CrisisNotice } from './CrisisNotice';
import { GuidancePanel } from './GuidancePanel';
import { KeepActions } from './KeepActions';
import type { CrisisSetting } from './quiz-widget-props';
import { safeHref } from './safe-href';
import { StageDiagram } from './StageDiagram';
import type { ResultStrings } from './result-strings';
import type { UiStrings } from './strings';

export interface ResultScreenProps {
  readonly stage: Stage;
  readonly guidance: SelectedGuidance;
  readonly strings: UiStrings & ResultStrings;
  /** The questionnaire's title in the person's language: the kept result's title. */
  readonly title: string;
  /** For the date on the kept result. */
  readonly lang: string;
  readonly ctaHref?: string;
  readonly ctaLabel?: string;
  readonly practiceName?: string;
  readonly crisis?: CrisisSetting;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** Placed after the reflection and call to action (issue 10's "take a next step"). */
  readonly nextStep?: ComponentChildren;
  /** The person has written something in the next step: "take it again" says that goes too. */
  readonly wrote?: boolean;
  readonly onRetake: () => void;
  /** Back to the last question, answers kept; omitted where going back makes no sense. */
  readonly onBack?: () => void;
}

/**
 * The result, leading with the person: the headline and reflection written to them, the call to
 * action where it is seen, then the stage named as context with the drawing, the rest of the
 * guidance, the call to action again, ways to keep it, the crisis notice, and "take it again"
 * (which asks first).
 */
export function ResultScreen(props: ResultScreenProps) {
  const { stage, guidance, strings } = props;
  const cta = safeHref(props.ctaHref);
  const practice = props.practiceName?.trim() || undefined;
  const label = props.ctaLabel?.trim() || strings.ctaDefault;
  const [asking, setAsking] = useState(false);
  const retakeRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLParagraphElement>(null);
  const askId = `sq${useId()}-ask`;
  // The question takes focus as it appears, so a screen reader reads it before the two answers.
  useLayoutEffect(() => {
    if (asking) askRef.current?.focus();
  }, [asking]);
  const date = new Date().toLocaleDateString(props.lang, { year: 'numeric', month: 'long', day: 'numeric' });
  const stageName = strings.stageNames[stage].toLowerCase();
  const [before, after] = strings.stageContext;
  const crisis = props.crisis ?? { kind: 'default' };
  const ctaBlock = cta && (
    <div class="sq-cta" part="cta">
      <p class="sq-cta-text">{strings.ctaIntro(practice)}</p>
      <a class="sq-button sq-button-primary sq-cta-link" href={cta} part="button cta-link">
        {label}
      </a>
    </div>
  );
  const text = resultText({
    title: props.title,
    date: strings.resultDate(date),
    guidance,
    stageLine: `${before}${stageName}${after}`,
    labels: { helps: strings.helpsHeading, questions: strings.questionsHeading, ruler: strings.rulerHeading, slip: strings.slipHeading, links: strings.linksHeading },
    practice: [practice ?? '', cta ? `${label}: ${cta}` : ''],
    closing: [strings.notDiagnosis, crisis.kind === 'hidden' ? '' : crisis.kind === 'custom' ? crisis.text : strings.crisisText],
  });
  return (
    <section class="sq-screen sq-result" part="result">
      <p class="sq-print-only">
        {[strings.resultDate(date), practice, cta].filter(Boolean).join(' · ')}
      </p>
      <p class="sq-eyebrow">{strings.resultEyebrow}</p>
      <h2 class="sq-heading sq-title sq-result-headline" tabIndex={-1} ref={props.headingRef}>
        {guidance.headline}
      </h2>
      <p class="sq-reflection">{guidance.reflection}</p>
      {ctaBlock}
      {props.nextStep}
      <p class="sq-stage-context">
        {before}
        <strong class="sq-stage-name">{stageName}</strong>
        {after}
      </p>
      <StageDiagram stage={stage} strings={strings} />
      <GuidancePanel guidance={guidance} strings={strings} />
      {ctaBlock}
      <KeepActions title={props.title} text={text} strings={strings} />
      <CrisisNotice setting={props.crisis} strings={strings} />
      <p class="sq-note">{strings.notDiagnosis}</p>
      {asking ? (
        <div class="sq-confirm" role="group" aria-labelledby={askId}>
          <p id={askId} class="sq-confirm-text" tabIndex={-1} ref={askRef}>
            {props.wrote ? strings.retakeAskWords : strings.retakeAsk}
          </p>
          {/* Keeping what they have is the prominent choice; clearing it is the quiet one. */}
          <div class="sq-actions sq-actions-start">
            <button
              type="button"
              class="sq-button sq-button-primary"
              part="button retake-cancel"
              onClick={() => {
                setAsking(false);
                // Back to where the person was, once the button is there again.
                requestAnimationFrame(() => retakeRef.current?.focus());
              }}
            >
              {strings.retakeNo}
            </button>
            <button type="button" class="sq-button sq-button-quiet" part="button retake-confirm" onClick={props.onRetake}>
              {strings.retakeYes}
            </button>
          </div>
        </div>
      ) : (
        <div class="sq-actions sq-actions-start">
          {props.onBack && (
            <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
              {strings.changeAnswers}
            </button>
          )}
          <button type="button" class="sq-button sq-button-quiet" part="button retake" ref={retakeRef} onClick={() => setAsking(true)}>
            {strings.retake}
          </button>
        </div>
      )}
    </section>
  );
}
