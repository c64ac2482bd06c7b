import type { Ref } from 'preact';
import type { Questionnaire } from '../../core/types';
import type { ClinicianStrings } from './clinician-strings';
import { shortDate, TrajectoryPanel, type LoadedVisits } from './TrajectoryPanel';

export interface HistoryScreenProps {
  readonly questionnaire: Questionnaire;
  readonly lang: string;
  readonly strings: ClinicianStrings;
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly loaded: LoadedVisits;
  readonly onLoaded: (next: LoadedVisits) => void;
  readonly onBack: () => void;
  readonly onPrint: () => void;
}

/**
 * "Change across visits" from files alone, opened from the clinician's start screen (no new
 * intake). `onBack` must forget the files: once files are loaded, the way back says so.
 */
export function HistoryScreen(props: HistoryScreenProps) {
  const { strings: s } = props;
  const clients = [...new Set(props.loaded.visits.flatMap((v) => (v.clientReference ? [v.clientReference] : [])))].join(', ');
  return (
    <section class="sq-screen sq-clin-summary sq-clin-history-screen" part="clinician-history">
      <h2 class="sq-heading sq-clin-summary-title" tabIndex={-1} ref={props.headingRef}>
        {s.history.heading}
      </h2>
      {/* A sheet in a file must say whose visits it shows, and when it was printed. */}
      <p class="sq-clin-print-line">{s.history.printedFor(clients, shortDate(new Date().toISOString(), props.lang))}</p>
      <div class="sq-clin-actions" role="group" aria-label={s.actionsLabel}>
        <div class="sq-clin-action-row">
          <button type="button" class="sq-button sq-button-quiet" onClick={props.onBack}>
            {props.loaded.visits.length > 0 ? s.historyForget : s.historyBack}
          </button>
          <button type="button" class="sq-button sq-button-quiet" onClick={props.onPrint}>
            {s.print}
          </button>
        </div>
      </div>
      <TrajectoryPanel questionnaire={props.questionnaire} lang={props.lang} strings={s} loaded={props.loaded} onLoaded={props.onLoaded} titled={false} />
    </section>
  );
}
