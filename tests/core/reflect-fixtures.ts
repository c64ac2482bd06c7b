/**
 * The validator's test questionnaire (parse-fixtures) with everything that reflects answers back:
 * a change item whose options have phrases and a free-text "Something else", a `{change}`
 * placeholder in a reflection, a conditional block that replaces the slip note, and a ruler
 * follow-up with `{higher}`. Built fresh on every call.
 */
import { validQuestionnaire, type Json } from './parse-fixtures';

const t = (en: string, es: string) => ({ en, es });

export function reflectingQuestionnaire(): Json {
  const q = validQuestionnaire();
  // items[6]
  q.items.push({
    id: 'change',
    type: 'choice',
    text: t('What change?', '¿Qué cambio?'),
    required: false,
    options: [
      { value: 'walking', label: t('Walking', 'Caminar'), phrase: t('walking more', 'caminar más') },
      { value: 'sleep', label: t('Sleep', 'El sueño') },
      { value: 'other', label: t('Something else', 'Otra cosa'), freeText: { label: t('In a few words', 'En pocas palabras'), maxLength: 20 } },
    ],
  });
  q.placeholders = { change: { item: 'change', fallback: t('this change', 'este cambio') } };
  q.guidance.action.reflection = t('You have started on {change}.', 'Ya empezaste con {change}.');
  q.guidance.action.blocks = [
    {
      when: { item: 'a2', range: { max: 2 } },
      heading: t('A step back', 'Un paso atrás'),
      text: t('A step back on {change} is part of change.', 'Un paso atrás con {change} es parte del cambio.'),
      replacesSlipNote: true,
    },
    { when: { item: 'importance', range: { min: 8 } }, heading: t('It matters', 'Te importa'), text: t('It matters to you.', 'Te importa.') },
  ];
  // importance: 0 | 1–9 (with {higher}) | 10
  q.items[2].followUps = [
    { maxValue: 0, text: t('What would make it a 1?', '¿Qué haría que fuera un 1?') },
    { minValue: 1, maxValue: 9, text: t('Why {value} and not {lower}? What would make it {higher}?', '¿Por qué el {value} y no el {lower}? ¿Qué haría que fuera el {higher}?') },
    { minValue: 10, text: t('Why {value} and not {lower}?', '¿Por qué el {value} y no el {lower}?') },
  ];
  return q;
}
