import { canonicalUrl, STAGE_SYSTEM } from '../fhir/fhir-systems';
import { resultLinkIds } from '../fhir/result-link-ids';
import { STAGES, type Answers, type Questionnaire, type ScoreResult, type Stage } from '../types';

/** One earlier visit, as read from a file this tool wrote: what the trajectory draws. */
export interface Visit {
  /** The file's name, for messages. */
  readonly file: string;
  readonly format: 'json' | 'fhir';
  readonly questionnaire: { readonly id: string; readonly version: string };
  /** ISO 8601 time of completion. */
  readonly completedAt: string;
  readonly clientReference?: string;
  /** The language the client answered in, when the file says. */
  readonly lang?: string;
  readonly stage: Stage | null;
  /** Scales, composites and rulers by id (a score left blank is absent). */
  readonly values: Readonly<Record<string, number>>;
}

/** Why a file was left out. */
export type VisitFileProblem =
  | { readonly kind: 'not-json'; readonly file: string }
  | { readonly kind: 'not-ours'; readonly file: string; readonly detail: string }
  | { readonly kind: 'other-questionnaire'; readonly file: string; readonly id: string };

export type VisitFileResult = { readonly ok: true; readonly visit: Visit } | { readonly ok: false; readonly problem: VisitFileProblem };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStage = (v: unknown): v is Stage => typeof v === 'string' && (STAGES as readonly string[]).includes(v);
// A date, or a date and time with its zone (FHIR's dateTime to the day at least; this tool writes the
// time): Date.parse alone takes "1" for a day in 2001.
const TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const isTime = (v: unknown): v is string => typeof v === 'string' && TIME.test(v) && !Number.isNaN(Date.parse(v));

/**
 * Reads one file the clinician picked: a JSON download of this tool's summary, or its FHIR R4
 * QuestionnaireResponse. Pure (the caller reads the file; nothing is sent or kept). A file of
 * another questionnaire is refused; another version of this one is accepted (the caller notes it).
 * Never throws.
 */
export function parseVisitFile(file: string, text: string, questionnaire: Questionnaire): VisitFileResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json', file } };
  }
  if (isObj(data) && data.resourceType === 'QuestionnaireResponse') return fromFhir(file, data, questionnaire);
  if (isObj(data) && isObj(data.questionnaire) && isObj(data.result)) return fromJson(file, data, questionnaire);
  return notOurs(file, 'neither a summary JSON download nor a FHIR QuestionnaireResponse');
}

function notOurs(file: string, detail: string): VisitFileResult {
  return { ok: false, problem: { kind: 'not-ours', file, detail } };
}

/** Our JSON download: `{ questionnaire: { id, version }, lang, completedAt, clientReference?, answers, result }`. */
function fromJson(file: string, data: Obj, q: Questionnaire): VisitFileResult {
  const about = data.questionnaire as Obj;
  const result = data.result as Partial<ScoreResult> & Obj;
  if (typeof about.id !== 'string' || typeof about.version !== 'string') return notOurs(file, 'no questionnaire id and version');
  if (!isTime(data.completedAt)) return notOurs(file, 'no completion time');
  if (!Array.isArray(result.scores)) return notOurs(file, 'no scores');
  if (about.id !== q.id) return { ok: false, problem: { kind: 'other-questionnaire', file, id: about.id } };
  const values: Record<string, number> = {};
  for (const s of result.scores as unknown[]) {
    if (isObj(s) && typeof s.id === 'string' && typeof s.value === 'number' && Number.isFinite(s.value)) values[s.id] = s.value;
  }
  const answers = (isObj(data.answers) ? data.answers : {}) as Answers;
  for (const item of q.items) {
    const v = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (item.type === 'ruler' && typeof v === 'number' && Number.isFinite(v)) values[item.id] = v;
  }
  return {
    ok: true,
    visit: {
      file,
      format: 'json',
      questionnaire: { id: about.id, version: about.version },
      completedAt: data.completedAt,
      ...(typeof data.clientReference === 'string' && data.clientReference.trim() ? { clientReference: data.clientReference.trim() } : {}),
      ...(typeof data.lang === 'string' ? { lang: data.lang } : {}),
      stage: result.status === 'complete' && isStage(result.stage) ? result.stage : null,
      values,
    },
  };
}

/** Our QuestionnaireResponse: `questionnaire` is `url|version`; scores are valueDecimal, rulers valueInteger, the stage our coding. */
function fromFhir(file: string, data: Obj, q: Questionnaire): VisitFileResult {
  if (typeof data.questionnaire !== 'string') return notOurs(file, 'a QuestionnaireResponse without a questionnaire');
  if (!isTime(data.authored)) return notOurs(file, 'a QuestionnaireResponse without an authored time');
  if (!Array.isArray(data.item)) return notOurs(file, 'a QuestionnaireResponse without items');
  const [url = '', version = ''] = data.questionnaire.split('|');
  if (url !== canonicalUrl(q)) {
    // Name the other questionnaire by the last part of its URL, as our exports build it.
    const id = url.split(/[/:]/).filter(Boolean).at(-1) ?? url;
    return { ok: false, problem: { kind: 'other-questionnaire', file, id } };
  }
  const byLinkId = new Map([...resultLinkIds(q).scores].map(([score, linkId]) => [linkId, score]));
  const rulers = new Set(q.items.filter((i) => i.type === 'ruler').map((i) => i.id));
  const values: Record<string, number> = {};
  let stage: Stage | null = null;
  let ours = false;
  for (const item of data.item as unknown[]) {
    if (!isObj(item) || typeof item.linkId !== 'string' || !Array.isArray(item.answer)) continue;
    const answer = item.answer[0];
    if (!isObj(answer)) continue;
    const score = byLinkId.get(item.linkId);
    if (score !== undefined && typeof answer.valueDecimal === 'number') values[score] = answer.valueDecimal;
    if (rulers.has(item.linkId) && typeof answer.valueInteger === 'number') values[item.linkId] = answer.valueInteger;
    const coding = answer.valueCoding;
    if (isObj(coding) && coding.system === STAGE_SYSTEM) {
      ours = true;
      if (isStage(coding.code)) stage = coding.code;
    }
  }
  // A finished response of ours always carries the stage; an unfinished one at least a score.
  if (!ours && Object.keys(values).length === 0) return notOurs(file, 'a QuestionnaireResponse with none of our results');
  const subject = isObj(data.subject) ? data.subject : undefined;
  const reference =
    typeof subject?.reference === 'string' ? subject.reference : isObj(subject?.identifier) && typeof subject.identifier.value === 'string' ? subject.identifier.value : undefined;
  return {
    ok: true,
    visit: {
      file,
      format: 'fhir',
      questionnaire: { id: q.id, version },
      completedAt: data.authored,
      ...(reference?.trim() ? { clientReference: reference.trim() } : {}),
      ...(typeof data.language === 'string' ? { lang: data.language } : {}),
      stage,
      values,
    },
  };
}
