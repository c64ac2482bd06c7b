import type { ComponentChildren, Ref } from 'preact';
import type { SelectedGuidance } from '../core/select-guidance';
import type { Stage } from '../core/types';
import { CrisisNotice } from './CrisisNotice';
import { GuidancePanel } from './GuidancePanel';
import type { CrisisSetting } from './quiz-widget-props';
import { safeHref } from './safe-href';
import { StageDiagram } from './StageDiagram';
import type { UiStrings } from './strings';

export interface ResultScreenProps {
  readonly stage: Stage;
  readonly guidance: SelectedGuidance;
  readonly strings: UiStrings;
  readonly ctaHref?: string;
  readonly ctaLabel?: string;
  readonly crisis?: CrisisSetting;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onRetake: () => void;
  /** Back to the last question, answers kept; omitted where going back makes no sense. */
  readonly onBack?: () => void;
  /** The offer of a next step (src/ui/NextStepOffer), shown after the guidance. */
  readonly nextStep?: ComponentChildren;
}

/** The stage, the drawing, the guidance, the call to action, the crisis notice, and "take it again". */
export function ResultScreen(props: ResultScreenProps) {
  const { stage, guidance, strings } = props;
  const cta = safeHref(props.ctaHref);
  return (
    <section class="sq-screen sq-result" part="result">
      <p class="sq-eyebrow">{strings.resultEyebrow}</p>
      <h2 class="sq-heading sq-title" tabIndex={-1} ref={props.headingRef}>
        {strings.stageNames[stage]}
      </h2>
      <StageDiagram stage={stage} strings={strings} />
      <GuidancePanel guidance={guidance} strings={strings} />
      {props.nextStep}
      {cta && (
        <div class="sq-cta" part="cta">
          <p class="sq-cta-text">{strings.ctaIntro}</p>
          <a class="sq-button sq-button-primary sq-cta-link" href={cta} part="button cta-link">
            {props.ctaLabel?.trim() || strings.ctaDefault}
          </a>
        </div>
      )}
      <CrisisNotice setting={props.crisis} strings={strings} />
      <p class="sq-note">{strings.notDiagnosis}</p>
      <div class="sq-actions sq-actions-start">
        {props.onBack && (
          <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
            {strings.changeAnswers}
          </button>
        )}
        <button type="button" class="sq-button sq-button-quiet" part="button retake" onClick={props.onRetake}>
          {strings.retake}
        </button>
      </div>
    </section>
  );
}
