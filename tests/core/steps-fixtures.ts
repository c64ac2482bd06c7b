import { validQuestionnaire, type Json } from './parse-fixtures';

const t = (en: string, es: string) => ({ en, es });

/**
 * The validator's valid questionnaire with a next step for two stages, using all four part kinds
 * and a `showIf` on the quiz's answers. Built fresh on every call, so a test can break its own copy.
 */
export function questionnaireWithSteps(): Json {
  const q = validQuestionnaire();
  q.nextSteps = {
    precontemplation: {
      title: t('What matters', 'Lo que importa'),
      invitation: t('If you like, a few minutes for you.', 'Si quieres, unos minutos para ti.'),
      parts: [
        {
          id: 'values',
          type: 'pick',
          max: 2,
          prompt: t('What matters most?', '¿Qué te importa más?'),
          options: [
            { value: 'family', label: t('Family', 'La familia') },
            { value: 'health', label: t('Health', 'La salud') },
            { value: 'freedom', label: t('Freedom', 'La libertad') },
          ],
        },
        { id: 'fit', type: 'text', maxLength: 40, prompt: t('How does it fit?', '¿Cómo encaja?'), help: t('Any answer.', 'Cualquier respuesta.') },
      ],
      affirmation: t('Your words.', 'Tus palabras.'),
    },
    action: {
      title: t('Keeping going', 'Seguir'),
      invitation: t('Plan for hard moments.', 'Planea los momentos difíciles.'),
      parts: [
        { id: 'helped', type: 'texts', count: 2, maxLength: 20, prompt: t('What helped?', '¿Qué ayudó?') },
        { id: 'long-time', type: 'text', prompt: t('Since when?', '¿Desde cuándo?'), showIf: { item: 'since', equals: 'long' } },
        { id: 'hard', type: 'ifThen', count: 2, maxLength: 30, prompt: t('Hard moments?', '¿Momentos difíciles?') },
      ],
      affirmation: t('Well done.', 'Bien hecho.'),
    },
  };
  return q;
}
