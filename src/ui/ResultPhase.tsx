import type { Ref, RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { localize } from '../core/localize';
import type { QuizState } from '../core/quiz-flow';
import { selectGuidance } from '../core/select-guidance';
import { compactResponses, hasResponses, stageStep, type StepResponses } from '../core/steps/step-responses';
import type { Questionnaire, QuizWords } from '../core/types';
import { NextStepOffer } from './NextStepOffer';
import type { QuizWidgetProps } from './quiz-widget-props';
import { printAloneWhen } from './print-alone';
import { focusIfLost } from './ResultPending';
import { useLeaveGuard } from './use-leave-guard';
import { ResultScreen } from './ResultScreen';
import resultCss from './result.css?inline';
import { safeHref } from './safe-href';
import { NextStep } from './steps/NextStep';
import { resultStringsFor } from './result-strings';
import { uiLanguage, type UiStrings } from './strings';
import { useAdoptedStyles } from './use-adopted-styles';

/** What the widget hands the result phase (src/ui/QuizWidget.tsx keeps the state, this shows it). */
export interface ResultPhaseProps {
  /** The questionnaire with its guidance and next steps (see the website part's ResultPhase). */
  readonly questionnaire: Questionnaire;
  readonly state: QuizState;
  readonly result: NonNullable<QuizState['result']>;
  readonly settings: Pick<QuizWidgetProps, 'ctaHref' | 'ctaLabel' | 'ctaLabels' | 'practiceName' | 'crisis' | 'shareWords'>;
  readonly strings: UiStrings;
  /** The next step: open or not, and what the person wrote (held by the widget, in memory only). */
  readonly stepOpen: boolean;
  readonly onStepOpen: (open: boolean) => void;
  readonly responses: StepResponses;
  readonly onResponses: (responses: StepResponses) => void;
  /** The person's words as "My plan" opens; the widget passes them on only under share-words. */
  readonly onWords: (words: QuizWords) => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
  /** The widget's root: the result's styles join the stylesheets of the root it renders in. */
  readonly rootRef: RefObject<HTMLElement | null>;
  /** Unique per widget. */
  readonly idPrefix: string;
  readonly onRetake: () => void;
  readonly onBack: () => void;
  /**
   * The result arrives after "Loading…" (its module or its texts were not here yet): its heading
   * takes focus as it appears, as for any screen the person moved to (the button they pressed is
   * gone), unless they have moved focus elsewhere on the page meanwhile.
   */
  readonly focusOnMount?: boolean;
}

/**
 * Everything after the questions in self mode: the result, and the next step it offers. One
 * module, so the website script loads it on demand (the `result` part, with its styles and,
 * for the built-ins, their guidance and step texts) while the person answers.
 */
export function ResultPhase(props: ResultPhaseProps) {
  const { questionnaire: q, state, result, settings } = props;
  const strings = { ...props.strings, ...resultStringsFor(state.lang) };
  useAdoptedStyles(props.rootRef, resultCss);
  useLayoutEffect(() => {
    if (props.focusOnMount) focusIfLost((props.headingRef as RefObject<HTMLHeadingElement | null>).current);
  }, []);
  // In an element on a host page, a person who prints their result or what they wrote (Save or
  // print, or the browser's own command) gets it alone, not the page around it; the shadow root's
  // print styles drop the buttons.
  useLayoutEffect(() => {
    const root = props.rootRef.current?.getRootNode();
    if (root instanceof ShadowRoot) return printAloneWhen(root.host, () => true);
  }, []);
  const cta = safeHref(settings.ctaHref);
  // The practice's own words in the person's language where it gave them (cta-label-es, crisis-es).
  const own = uiLanguage(state.lang);
  const ctaLabel = settings.ctaLabels?.[own] ?? settings.ctaLabel;
  const c = settings.crisis;
  const crisis = c && c.kind !== 'hidden' && c.texts?.[own] ? { kind: 'custom' as const, text: c.texts[own]!, href: c.href } : c;
  /** The person has written something in the next step. */
  const wrote = hasResponses(props.responses);
  // What the person wrote lives only here, in memory: the browser asks before a page change loses it.
  useLeaveGuard(wrote);
  if (props.stepOpen) {
    return (
      <NextStep
          questionnaire={q}
          stage={result.stage}
          answers={state.answers}
          texts={state.texts}
          lang={state.lang}
          responses={props.responses}
          onResponses={props.onResponses}
          mode="self"
          wordsShared={settings.shareWords === true}
          startAtPlan={wrote}
          onClose={() => props.onStepOpen(false)}
          onPlan={() =>
            props.onWords({
              questionnaire: { id: q.id, version: q.version },
              stage: result.stage,
              lang: state.lang,
              texts: state.texts,
              nextStep: compactResponses(q, result.stage, state.answers, props.responses),
            })
          }
          cta={cta ? { href: cta, label: ctaLabel?.trim() || strings.ctaDefault } : undefined}
          footer={[formatDate(state.lang)]}
          idPrefix={`${props.idPrefix}-step`}
        />
    );
  }
  const step = stageStep(q, result.stage);
  return (
      <ResultScreen
        nextStep={
          step && (
            <NextStepOffer
              step={step}
              lang={state.lang}
              strings={strings}
              resume={wrote}
              onOpen={() => props.onStepOpen(true)}
            />
          )
        }
        wrote={wrote}
        stage={result.stage}
        guidance={selectGuidance(q, result.stage, state.answers, state.lang, state.texts)}
        strings={strings}
        title={localize(q.title, state.lang)}
        lang={state.lang}
        practiceName={settings.practiceName}
        ctaHref={settings.ctaHref}
        ctaLabel={ctaLabel}
        crisis={crisis}
        headingRef={props.headingRef}
        onRetake={props.onRetake}
        onBack={props.onBack}
      />
  );
}

/**
 * Called as the person starts, in their language: a build whose built-ins' texts load on demand
 * starts loading them here (src/embed/result-part-website.ts); here they are in the questionnaire.
 */
export function prefetch(_questionnaire: Questionnaire, _lang: string): void {}

/** Today's date in the person's language, under a copied or shared plan. */
function formatDate(lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : lang, { dateStyle: 'long' }).format(new Date());
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}
