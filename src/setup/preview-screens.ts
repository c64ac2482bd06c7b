import { effectiveAnswers } from '../core/effective-answers';
import { indexItems } from '../core/evaluate-condition';
import type { QuizSnapshot } from '../core/quiz-flow';
import { score } from '../core/score';
import { STAGES, type AnswerValue, type Answers, type Item, type Questionnaire, type Stage } from '../core/types';

/** A screen the setup page's preview can jump to without anyone answering. */
export type PreviewScreen =
  | { readonly kind: 'intro' }
  | { readonly kind: 'question'; readonly id: string; readonly number: number; readonly answers: Answers }
  | { readonly kind: 'result'; readonly stage: Stage; readonly answers: Answers; readonly last: string }
  /** The stage's next-step exercise (questionnaires with `nextSteps`), opened from its result. */
  | { readonly kind: 'step'; readonly stage: Stage; readonly answers: Answers; readonly last: string };

function choices(item: Item, q: Questionnaire): AnswerValue[] {
  switch (item.type) {
    case 'choice':
      return item.options.map((o) => o.value);
    case 'agreement':
      return q.responseSets?.[item.responseSet]?.options.map((o) => o.value) ?? [];
    case 'ruler':
      return Array.from({ length: item.max - item.min + 1 }, (_, n) => item.min + n);
  }
}

/**
 * For each stage the questionnaire can reach, one finished set of answers that reaches it. Tries
 * every item at each of its answers from a few uniform bases (all first answers, all middle, all
 * last), which finds every stage of rule-based questionnaires and of most scored ones; a stage no
 * try reaches is left out (the page says so).
 */
export function answersForStages(q: Questionnaire): Map<Stage, { answers: Answers; last: string }> {
  const found = new Map<Stage, { answers: Answers; last: string }>();
  const index = indexItems(q.items);
  const options = new Map(q.items.map((item) => [item.id, choices(item, q)]));
  const pick = (at: (list: AnswerValue[]) => AnswerValue | undefined): Record<string, AnswerValue> => {
    const base: Record<string, AnswerValue> = {};
    for (const item of q.items) {
      const value = at(options.get(item.id)!);
      if (value !== undefined) base[item.id] = value;
    }
    return base;
  };
  const bases = [pick((l) => l[0]), pick((l) => l[Math.floor(l.length / 2)]), pick((l) => l[l.length - 1])];
  const tryAnswers = (raw: Record<string, AnswerValue>) => {
    const { shown, answers } = effectiveAnswers(q.items, raw, index);
    const result = score(q, answers);
    const last = shown[shown.length - 1];
    if (result.status === 'complete' && last && !found.has(result.stage)) found.set(result.stage, { answers, last: last.id });
  };
  for (const base of bases) {
    tryAnswers(base);
    for (const item of q.items) {
      for (const value of options.get(item.id)!) {
        tryAnswers({ ...base, [item.id]: value });
        if (found.size === STAGES.length) return found;
      }
    }
  }
  return found;
}

/**
 * Every screen to jump to: the introduction, each question (shown with the answers before it that
 * make it appear, itself unanswered), each reachable stage's result, and each reachable stage's
 * next-step exercise where the questionnaire has one.
 */
export function previewScreens(q: Questionnaire): PreviewScreen[] {
  const stages = answersForStages(q);
  const screens: PreviewScreen[] = [{ kind: 'intro' }];
  // Questions that only some answers show: take the answers from a result that shows them.
  const anyFinished = [...stages.values()].map((s) => s.answers);
  const index = indexItems(q.items);
  q.items.forEach((item, n) => {
    const before = new Set(q.items.slice(0, n).map((i) => i.id));
    for (const answers of [{}, ...anyFinished]) {
      const prior = Object.fromEntries(Object.entries(answers).filter(([id]) => before.has(id))) as Answers;
      if (effectiveAnswers(q.items, prior, index).shown.some((i) => i.id === item.id)) {
        screens.push({ kind: 'question', id: item.id, number: n + 1, answers: prior });
        return;
      }
    }
  });
  for (const stage of STAGES) {
    const reached = stages.get(stage);
    if (reached) screens.push({ kind: 'result', stage, ...reached });
  }
  for (const stage of STAGES) {
    const reached = stages.get(stage);
    if (reached && q.nextSteps?.[stage]) screens.push({ kind: 'step', stage, ...reached });
  }
  return screens;
}

/**
 * The quiz-flow snapshot that opens `screen` in `lang` (core/quiz-flow restoreSnapshot checks it);
 * a result (and a next step) opens on its last question with every answer given, one press of "See
 * my result" away.
 */
export function snapshotFor(q: Questionnaire, screen: PreviewScreen, lang: string): QuizSnapshot {
  const ref = { id: q.id, version: q.version };
  if (screen.kind === 'intro') return { v: 1, questionnaire: ref, lang, phase: 'intro', answers: {}, current: null };
  const current = screen.kind === 'question' ? screen.id : screen.last;
  return { v: 1, questionnaire: ref, lang, phase: 'question', answers: screen.answers, current };
}
