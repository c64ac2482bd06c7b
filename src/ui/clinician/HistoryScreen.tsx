import type { Ref } from 'preact';
import type { Questionnaire } from '../../core/types';
import type { ClinicianStrings } from './clinician-strings';
import { TrajectoryPanel, type LoadedVisits } from './TrajectoryPanel';

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

/** "Change across visits" from files alone, opened from the clinician's start screen (no new intake). */
export function HistoryScreen(props: HistoryScreenProps) {
  const { strings: s } = props;
  return (
    <section class="sq-screen sq-clin-summary sq-clin-history-screen" part="clinician-history">
      <h2 class="sq-heading sq-clin-summary-title" tabIndex={-1} ref={props.headingRef}>
        {s.history.heading}
      </h2>
      <div class="sq-clin-actions" role="group" aria-label={s.actionsLabel}>
        <div class="sq-clin-action-row">
          <button type="button" class="sq-button sq-button-quiet" onClick={props.onBack}>
            {s.historyBack}
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
