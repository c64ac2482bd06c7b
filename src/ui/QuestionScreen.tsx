import { own } from '../core/own';
import type { QuizError } from '../core/quiz-flow';
import type { Ref } from 'preact';
import { localize } from '../core/localize';
import { currentItem, quizProgress, type QuizEvent, type QuizState } from '../core/quiz-flow';
import type { AnswerValue, Item, Questionnaire } from '../core/types';
import { ProgressBar } from './ProgressBar';
import { RulerScale } from './RulerScale';
import { ChoiceOptions } from './ChoiceOptions';
import type { UiStrings } from './strings';

export interface QuestionScreenProps {
  readonly questionnaire: Questionnaire;
  readonly item: Item;
  readonly lang: string;
  readonly strings: UiStrings;
  /** The current answer, if any. */
  readonly value: AnswerValue | undefined;
  readonly position: number;
  readonly total: number;
  readonly isLast: boolean;
  /** Set when Next was pressed on an unanswered required question. */
  readonly error: QuizError | null;
  /** Unique per widget instance: radio names and ids must not clash with a second widget. */
  readonly idPrefix: string;
  /** Attached to the question's heading, which takes focus on every step. */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly onAnswer: (value: AnswerValue) => void;
  /** Words typed for a chosen free-text option, and where they go. */
  readonly text?: string;
  readonly onText?: (text: string) => void;
  readonly onNext: () => void;
  readonly onBack: () => void;
}

/**
 * One question: progress, the question as the legend of a radio group, Back and Next. Reusable
 * outside the self-assessment flow (clinician mode renders the same screen).
 */
export function QuestionScreen(props: QuestionScreenProps) {
  const { questionnaire, item, lang, strings, idPrefix, error } = props;
  const base = `${idPrefix}-${item.id}`;
  const describedBy = [item.help && `${base}-help`, item.type === 'ruler' && `${base}-ends`, error && `${base}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <section class="sq-screen sq-question" part="question">
      <ProgressBar position={props.position} total={props.total} strings={strings} id={`${base}-progress`} />
      <form
        class="sq-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onNext();
        }}
      >
        <fieldset class="sq-fieldset" aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined}>
          <legend class="sq-legend">
            <h2 class="sq-heading sq-question-text" tabIndex={-1} ref={props.headingRef}>
              {localize(item.text, lang)}
            </h2>
          </legend>
          {item.help && (
            <p class="sq-help" id={`${base}-help`}>
              {localize(item.help, lang)}
            </p>
          )}
          {!item.required && !item.help && <p class="sq-optional">{strings.optional}</p>}
          {item.type === 'ruler' ? (
            <RulerScale item={item} lang={lang} strings={strings} name={base} value={props.value} onAnswer={props.onAnswer} />
          ) : (
            <ChoiceOptions
              options={
                item.type === 'choice'
                  ? item.options.map((o) => ({
                      value: o.value,
                      label: localize(o.label, lang),
                      ...(o.freeText ? { freeText: { label: localize(o.freeText.label, lang), maxLength: o.freeText.maxLength } } : {}),
                    }))
                  : (own(questionnaire.responseSets, item.responseSet)?.options ?? []).map((o) => ({
                      value: o.value,
                      label: localize(o.label, lang),
                    }))
              }
              name={base}
              value={props.value}
              onAnswer={props.onAnswer}
              text={props.text}
              onText={props.onText}
            />
          )}
        </fieldset>
        {error && (
          <p class="sq-error" id={`${base}-error`}>
            <svg class="sq-error-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="9" />
              <path d="M10 5.5v5.5M10 13.6v.9" />
            </svg>
            {error === 'undecidable' ? strings.undecidable : strings.required}
          </p>
        )}
        <div class="sq-actions">
          <button type="button" class="sq-button sq-button-quiet" part="button back" onClick={props.onBack}>
            {strings.back}
          </button>
          <button type="submit" class="sq-button sq-button-primary" part="button next">
            {props.isLast ? strings.seeResult : strings.next}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * The question the quiz flow is on, wired to the reducer: the one place self mode and the
 * clinician intake turn flow state into a QuestionScreen. Renders nothing off a question.
 */
export function CurrentQuestion(props: {
  readonly state: QuizState;
  readonly strings: UiStrings;
  readonly idPrefix: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly act: (event: QuizEvent) => void;
}) {
  const { state, act } = props;
  const item = currentItem(state);
  if (!item) return null;
  const { position, total, isLast } = quizProgress(state);
  return (
    <QuestionScreen
      key={item.id}
      questionnaire={state.questionnaire}
      item={item}
      lang={state.lang}
      strings={props.strings}
      value={own(state.answers, item.id)}
      position={position}
      total={total}
      isLast={isLast}
      error={state.error}
      idPrefix={props.idPrefix}
      headingRef={props.headingRef}
      onAnswer={(value) => act({ type: 'answer', item: item.id, value })}
      text={state.texts[item.id]}
      onText={(text) => act({ type: 'text', item: item.id, text })}
      onNext={() => act({ type: 'next' })}
      onBack={() => act({ type: 'back' })}
    />
  );
}
