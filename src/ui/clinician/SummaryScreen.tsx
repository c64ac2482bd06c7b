import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { ClinicianSummary } from '../../core/clinician-summary';
import { decisionDetail, decisionText } from '../../core/clinician-summary-text';
import type { ClinicianStrings } from './clinician-strings';
import { ScoreTable } from './ScoreTable';
import { ScoringNotes } from './ScoringNotes';
import { SummaryFlags } from './SummaryFlags';

export interface SummaryScreenProps {
  readonly model: ClinicianSummary;
  readonly strings: ClinicianStrings;
  /** The completion time as local text. */
  readonly completedText: string;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** The actions toolbar, rendered after the heading block (hidden in print). */
  readonly actions: ComponentChildren;
  /** "In the client's words" (ClientWords), after the answers. */
  readonly clientWords?: ComponentChildren;
  /** Rendered after the guidance: the change across earlier visits, when any are loaded. */
  readonly history?: ComponentChildren;
}

/**
 * The clinician summary: stage and how it was decided, scores with bars, flags, every answer,
 * provenance, and the stage's guidance with its conversation prompts. Laid out to print on one page.
 */
export function SummaryScreen({ model, strings: s, completedText, headingRef, actions, clientWords, history }: SummaryScreenProps) {
  const q = model.questionnaire;
  const g = model.guidance;
  const prompts = g ? [...g.questions, ...g.rulerPrompts.map((p) => p.text)] : [];
  const detail = model.decision && decisionDetail(model.decision, s.text);
  const uid = useId();
  const stageHeadingId = `sq-clin-stage-${uid}`;
  const answersHeadingId = `sq-clin-answers-${uid}`;
  return (
    <>
      <section class="sq-screen sq-clin-summary" part="clinician-summary">
        <header class="sq-clin-summary-head">
          <h2 class="sq-heading sq-clin-summary-title" tabIndex={-1} ref={headingRef}>
            {s.summaryHeading}
          </h2>
          <dl class="sq-clin-meta">
            {model.clientReference && (
              <div>
                <dt>{s.client}</dt>
                <dd>{model.clientReference}</dd>
              </div>
            )}
            <div>
              <dt>{s.completedAt}</dt>
              <dd>{completedText}</dd>
            </div>
            <div>
              <dt>{s.answeredIn}</dt>
              <dd>{Object.hasOwn(s.text.languageNames, model.answeredIn) ? s.text.languageNames[model.answeredIn] : model.answeredIn}</dd>
            </div>
            <div>
              <dt>{s.questionnaire}</dt>
              <dd>
                {q.title} ({s.idVersion(q.id, q.version)})
              </dd>
            </div>
            <div class="sq-clin-meta-wide">
              <dt>{s.source}</dt>
              <dd>
                <strong>{q.validated ? s.validated : s.notValidated}.</strong> {s.licence}: {q.licence.replace(/\.$/, '')}.
                {q.citation ? ` ${q.citation}` : ''}
              </dd>
            </div>
          </dl>
        </header>
        {actions}
        <SummaryFlags flags={model.flags} strings={s} />
        {/* A named group, so assistive technology reads the stage and how it was decided together. */}
        <div class="sq-clin-stage" role="group" aria-labelledby={stageHeadingId}>
          <h3 class="sq-block-heading" id={stageHeadingId}>
            {s.stageHeading}
          </h3>
          <p class="sq-clin-stage-name">{model.stage ? s.text.stageNames[model.stage] : s.text.noStage}</p>
          {model.decision && <p class="sq-clin-decision">{decisionText(model.decision, s.text, model.lang)}</p>}
          {detail && <p class="sq-clin-rule-id">{detail}</p>}
        </div>
        {model.scores.length > 0 && (
          <div class="sq-clin-section sq-clin-scores-section">
            <h3 class="sq-block-heading">{s.scoresHeading}</h3>
            <ScoreTable scores={model.scores} strings={s} />
          </div>
        )}
        <ScoringNotes notes={model.scoringNotes} strings={s} />
        {/* The questionnaire's notes say how to read the scores: beside how they were computed. */}
        {q.notes && <p class="sq-note sq-clin-notes">{q.notes}</p>}
        <div class="sq-clin-section sq-clin-answers-section">
          <h3 class="sq-block-heading" id={answersHeadingId}>
            {s.answersHeading}
          </h3>
          <ol class="sq-clin-answers" aria-labelledby={answersHeadingId}>
            {model.answers.map((a) => (
              <li key={a.item} data-item={a.item}>
                {/* The number is text, not a list marker: a marker hangs outside its column and, in two
                    printed columns, ran into the answer beside it. */}
                <span class="sq-clin-answer-number">{a.number}.</span>{' '}
                <span class="sq-clin-question">{a.question}</span>{' '}
                <strong class={a.answer === null ? 'sq-clin-answer is-missing' : 'sq-clin-answer'}>{a.answer ?? s.notAnswered}</strong>
                {/* The client's own words for "Something else": what the whole intake may be about. */}
                {a.typed && <span class="sq-clin-typed">: “{a.typed}”</span>}
                {a.reversedIn.length > 0 && <span class="sq-clin-tag"> ({s.text.reverseTag})</span>}
              </li>
            ))}
          </ol>
        </div>
        {clientWords}
        {g && (
          <div class="sq-clin-section sq-clin-guidance">
            <h3 class="sq-block-heading">
              {s.guidanceHeading}: {g.headline}
            </h3>
            <div class="sq-clin-guidance-cols">
              <div>
                <h4 class="sq-clin-subheading">{s.helpsHeading}</h4>
                <ul>
                  {g.helps.map((h, i) => (
                    <li key={i}>{h}</li>
                  ))}
                </ul>
              </div>
              <div>
                <h4 class="sq-clin-subheading">{s.promptsHeading}</h4>
                <ul>
                  {prompts.map((p, i) => (
                    <li key={i}>{p}</li>
                  ))}
                </ul>
              </div>
            </div>
          </div>
        )}
      </section>
      {/* Outside the summary's section: on paper it starts a page of its own after the summary. */}
      {history}
    </>
  );
}
