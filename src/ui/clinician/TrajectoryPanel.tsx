import { useId, useState } from 'preact/hooks';
import { formatScore } from '../../core/clinician-summary-text';
import { buildTrajectory, type Trajectory, type TrajectoryNote } from '../../core/clinician/build-trajectory';
import { parseVisitFile, type Visit, type VisitFileProblem } from '../../core/clinician/parse-visit-file';
import { localize } from '../../core/localize';
import type { Questionnaire } from '../../core/types';
import type { ClinicianStrings, HistoryStrings } from './clinician-strings';
import { SeriesChart, StageChart } from './TrajectoryChart';

/** Earlier visits loaded from files in this session (memory only), and why the last files left out were. */
export interface LoadedVisits {
  readonly visits: readonly Visit[];
  readonly problems: readonly VisitFileProblem[];
  /** How many the last pick added, for the status line. */
  readonly added: number;
}

export const NO_VISITS: LoadedVisits = { visits: [], problems: [], added: 0 };

export interface TrajectoryPanelProps {
  readonly questionnaire: Questionnaire;
  /** The summary's language. */
  readonly lang: string;
  readonly strings: ClinicianStrings;
  readonly loaded: LoadedVisits;
  readonly onLoaded: (next: LoadedVisits) => void;
  /** This intake, drawn as the last visit; absent in the files-only view. */
  readonly current?: Visit;
  /** False when the screen's own heading already says "Change across visits". Default true. */
  readonly titled?: boolean;
}

/** A short date in the summary's language, e.g. "Apr 7, 2026" / "7 abr 2026". */
export function shortDate(iso: string, lang: string): string {
  try {
    return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : lang, { dateStyle: 'medium' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

function problemText(p: VisitFileProblem, h: HistoryStrings, currentId: string): string {
  if (p.kind === 'not-json') return h.notJson(p.file);
  if (p.kind === 'not-ours') return h.notOurs(p.file);
  return h.otherQuestionnaire(p.file, p.id, currentId);
}

function noteText(n: TrajectoryNote, h: HistoryStrings, q: Questionnaire, currentRef: string | undefined, lang: string): string {
  if (n.kind === 'dated-later') return h.datedLater(n.file, shortDate(n.completedAt, lang), n.afterCurrent);
  if (n.kind === 'other-version') return h.otherVersion(n.file, n.version, q.version);
  if (n.kind === 'other-client') return h.otherClient(n.file, n.reference, currentRef ?? '');
  if (n.kind === 'mixed-clients') return h.mixedClients(n.references.join(', '));
  return h.duplicate(n.file);
}

/** The last millisecond of today on this device's clock: a visit file may be from any time today. */
function endOfToday(): number {
  const end = new Date();
  end.setHours(23, 59, 59, 999);
  return end.getTime();
}

const ON_PAPER = new Set<TrajectoryNote['kind']>(['other-version', 'other-client', 'mixed-clients']);

/** "Since the last visit (Apr 7, 2026): Readiness 6.4 → 9.1; stage contemplation → preparation." */
export function sinceLastText(t: Trajectory, s: ClinicianStrings, lang: string): string | null {
  const since = t.sinceLast;
  if (!since) return null;
  const h = s.history;
  const stageName = (x: NonNullable<typeof since.stage.from>) => s.text.stageNames[x].toLocaleLowerCase(lang);
  const parts = since.changes.map((c) => h.change(localize(c.label, lang), formatScore(c.from), formatScore(c.to)));
  const { from, to } = since.stage;
  if (from && to) parts.push(from === to ? h.stageSame(stageName(to)) : h.stageChange(stageName(from), stageName(to)));
  if (parts.length === 0) return null;
  return h.sinceLast(shortDate(since.previousAt, lang), parts.join('; '));
}

/**
 * "Change across visits": the clinician picks (or drops) earlier exports of this tool; they are
 * read here, in the browser, and kept in memory only. Shows what was left out and why, a sentence
 * on what changed since the last visit, the stage as a step line, every score as a line over its
 * range, and a table with every value (the charts' text alternative).
 */
export function TrajectoryPanel({ questionnaire: q, lang, strings: s, loaded, onLoaded, current, titled = true }: TrajectoryPanelProps) {
  const h = s.history;
  const uid = useId();
  const [dragging, setDragging] = useState(false);
  const read = async (files: readonly File[]) => {
    const results = await Promise.all(files.map(async (f) => parseVisitFile(f.name, await f.text(), q)));
    const visits = results.flatMap((r) => (r.ok ? [r.visit] : []));
    onLoaded({ visits: [...loaded.visits, ...visits], problems: results.flatMap((r) => (r.ok ? [] : [r.problem])), added: visits.length });
  };
  const t = loaded.visits.length > 0 ? buildTrajectory(q, loaded.visits, current, endOfToday()) : null;
  const dates = t ? t.visits.map((v) => shortDate(v.completedAt, lang)) : [];
  const since = t && sinceLastText(t, s, lang);
  // What is said of the files drawn (another client, another version) goes on paper too; what was left out need not.
  const messages = [
    ...loaded.problems.map((p) => ({ text: problemText(p, h, q.id), onPaper: false })),
    ...(t ? t.notes.map((n) => ({ text: noteText(n, h, q, current?.clientReference, lang), onPaper: ON_PAPER.has(n.kind) })) : []),
  ];
  const values = (vals: readonly (number | null)[]) => vals.map((v) => (v === null ? h.noValue : formatScore(v))).join(', ');
  const stageName = (x: (typeof t & object)['stages'][number]) => (x ? s.text.stageNames[x] : h.noValue);
  return (
    <div class={t ? 'sq-clin-section sq-clin-history' : 'sq-clin-section sq-clin-history is-empty'} role="region" aria-labelledby={titled ? `${uid}-h` : undefined} aria-label={titled ? undefined : h.heading}>
      {titled && (
        <h3 class="sq-block-heading sq-clin-history-heading" id={`${uid}-h`}>
          {h.heading}
        </h3>
      )}
      <div
        class={dragging ? 'sq-clin-history-pick is-dragging' : 'sq-clin-history-pick'}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const files = event.dataTransfer?.files;
          if (files && files.length > 0) void read([...files]);
        }}
      >
        <p class="sq-note">{h.intro}</p>
        <label class="sq-clin-label" id={`${uid}-files-label`} for={`${uid}-files`}>
          {h.fileLabel}
        </label>
        <p class="sq-note sq-clin-hint" id={`${uid}-files-hint`}>
          {h.fileHint}
        </p>
        {/* The browser's own picker button speaks the browser's language ("Choose Files" on a Spanish
            summary): the input is hidden behind a button-like label in the widget's language. */}
        <input
          class="sq-clin-file sq-visually-hidden"
          id={`${uid}-files`}
          type="file"
          multiple
          accept=".json,application/json,application/fhir+json"
          aria-labelledby={`${uid}-files-label`}
          aria-describedby={`${uid}-files-hint`}
          onChange={(event) => {
            const input = event.currentTarget as HTMLInputElement;
            const files = input.files ? [...input.files] : [];
            // Emptied at once: the files' contents live only in this component's memory.
            input.value = '';
            if (files.length > 0) void read(files);
          }}
        />
        <label class="sq-button sq-button-quiet sq-clin-file-button" for={`${uid}-files`}>
          {h.chooseFiles}
        </label>
        {loaded.visits.length > 0 && (
          <button type="button" class="sq-button sq-button-quiet sq-clin-history-remove" onClick={() => onLoaded({ visits: [], problems: [], added: 0 })}>
            {h.remove}
          </button>
        )}
      </div>
      <div class="sq-clin-history-status" role="status">
        {loaded.added > 0 && <p>{h.loaded(loaded.added)}</p>}
        {messages.length > 0 && (
          <ul class="sq-clin-history-messages">
            {messages.map((m, i) => (
              <li key={i} class={m.onPaper ? 'is-on-paper' : undefined}>
                {m.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      {t && (
        <div class="sq-clin-history-body">
          {since ? (
            <p class="sq-clin-since">
              {since}
              {t.sinceLast?.stage.stepBack && <span class="sq-clin-step-back"> {h.stepBack}</span>}
            </p>
          ) : (
            <p class="sq-note">{h.needTwo}</p>
          )}
          <StageChart
            stages={t.stages}
            dates={dates}
            title={h.stageChart}
            description={`${h.stageChart}: ${t.stages.map(stageName).join(', ')}`}
            stageNames={s.text.stageNames}
          />
          <div class="sq-clin-charts">
            {t.series.map((series) => {
              const label = localize(series.label, lang);
              return (
                <SeriesChart
                  key={series.id}
                  series={series}
                  label={label}
                  dates={dates}
                  description={`${h.chartOf(label)}: ${values(series.values)}`}
                  stageNames={s.text.stageNames}
                />
              );
            })}
          </div>
          <div class="sq-clin-table-wrap" role="region" aria-label={h.tableCaption} tabIndex={0}>
            <table class="sq-clin-table sq-clin-history-table">
              <caption>{h.tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{h.dateColumn}</th>
                  <th scope="col">{h.stageColumn}</th>
                  {t.series.map((series) => (
                    <th scope="col" key={series.id}>
                      {localize(series.label, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.visits.map((v, i) => (
                  <tr key={`${v.completedAt}-${i}`} class={v.current ? 'is-current' : undefined}>
                    <th scope="row">
                      {dates[i]}
                      {v.current && <span class="sq-clin-tag"> ({h.thisVisit})</span>}
                      {v.questionnaire.version !== q.version && <span class="sq-clin-tag"> ({h.versionTag(v.questionnaire.version)})</span>}
                    </th>
                    <td>{stageName(t.stages[i] ?? null)}</td>
                    {t.series.map((series) => (
                      <td class="sq-clin-num" key={series.id}>
                        {series.values[i] === null ? h.noValue : formatScore(series.values[i]!)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
