import type { Questionnaire } from '../core/types';
import type { QuizWidgetProps } from '../ui/quiz-widget-props';
import type { EmbedSettings } from './parse-settings';
import type { SnapshotStore } from './persisted-snapshot';

/**
 * The widget props that every entry (the element, the standalone page, the iframe page) derives
 * alike from its parsed settings; each adds its own event hand-off on top.
 * @param store opt-in persistence (`persist`), or null: then nothing is read or written.
 */
export function widgetProps(
  questionnaire: Questionnaire,
  settings: EmbedSettings,
  store: SnapshotStore | null,
  clinicianView: QuizWidgetProps['clinicianView'],
): QuizWidgetProps {
  return {
    questionnaire,
    lang: settings.lang,
    ctaHref: settings.ctaHref,
    ctaLabel: settings.ctaLabel,
    ctaLabels: settings.ctaLabels,
    practiceName: settings.practiceName,
    crisis: settings.crisis,
    mode: settings.mode,
    idleMinutes: settings.idleMinutes,
    shareWords: settings.shareWords,
    clearMinutes: settings.clearMinutes,
    clinicianView,
    initialSnapshot: store?.read(),
    onSnapshot: store ? (snapshot) => store.write(snapshot) : undefined,
  };
}
