import type { Stage } from './types';

/**
 * The five stages' names in the two languages the widget speaks: one list for the widget, the
 * clinician summary and the FHIR exports, so they never disagree.
 */
export const STAGE_NAMES: Readonly<Record<'en' | 'es', Readonly<Record<Stage, string>>>> = {
  en: {
    precontemplation: 'Precontemplation',
    contemplation: 'Contemplation',
    preparation: 'Preparation',
    action: 'Action',
    maintenance: 'Maintenance',
  },
  es: {
    precontemplation: 'Precontemplación',
    contemplation: 'Contemplación',
    preparation: 'Preparación',
    action: 'Acción',
    maintenance: 'Mantenimiento',
  },
};
