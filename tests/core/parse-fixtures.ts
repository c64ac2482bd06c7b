/**
 * A small valid questionnaire for the validator's tests, built fresh on every call so each test
 * can break one thing in its own copy. It uses every feature: a response set, the three item
 * types, skip logic, ruler follow-ups, scales (one reverse-keyed, one with maxMissing), a
 * composite, and all three stage methods (rules, then bands, with highest last).
 */
export type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const t = (en: string, es: string) => ({ en, es });

function guidanceFor(stage: string) {
  return {
    headline: t(`Where you are: ${stage}`, `Dónde estás: ${stage}`),
    reflection: t('It makes sense to feel this way.', 'Tiene sentido sentirte así.'),
    helps: [t('Noticing what matters to you.', 'Notar lo que te importa.')],
    questions: [t('What would make this worth it?', '¿Qué haría que valga la pena?'), t('What worries you?', '¿Qué te preocupa?')],
  };
}

export function validQuestionnaire(): Json {
  return {
    $schema: './questionnaire.schema.json',
    id: 'test-quiz',
    version: '1.0.0',
    url: 'https://example.org/quiz',
    locales: ['en', 'es'],
    title: t('Test quiz', 'Cuestionario de prueba'),
    introduction: t('A few questions.', 'Unas preguntas.'),
    estimatedMinutes: 2,
    provenance: {
      source: t('Written for tests', 'Escrito para pruebas'),
      licence: 'MIT',
      link: 'https://example.org/about',
      validated: false,
    },
    responseSets: {
      agree5: {
        options: [1, 2, 3, 4, 5].map((value) => ({ value, label: t(`Agree ${value}`, `De acuerdo ${value}`) })),
      },
    },
    items: [
      {
        id: 'status',
        type: 'choice',
        text: t('Are you thinking about a change?', '¿Estás pensando en un cambio?'),
        required: true,
        options: [
          { value: 'no', label: t('No', 'No'), score: 0 },
          { value: 'someday', label: t('Someday', 'Algún día'), score: 1 },
          { value: 'soon', label: t('Soon', 'Pronto'), score: 2 },
          { value: 'doing', label: t('Doing it', 'Ya lo hago'), score: 3 },
        ],
      },
      {
        id: 'since',
        type: 'choice',
        text: t('For how long?', '¿Desde hace cuánto?'),
        required: true,
        showIf: { item: 'status', equals: 'doing' },
        options: [
          { value: 'short', label: t('Under 6 months', 'Menos de 6 meses') },
          { value: 'long', label: t('6 months or more', '6 meses o más') },
        ],
      },
      {
        id: 'importance',
        type: 'ruler',
        text: t('How important is it?', '¿Qué tan importante es?'),
        required: false,
        min: 0,
        max: 10,
        minLabel: t('Not at all', 'Nada'),
        maxLabel: t('Extremely', 'Muchísimo'),
        followUps: [
          { maxValue: 0, text: t('What would make it matter a little?', '¿Qué haría que importara un poco?') },
          { minValue: 1, text: t('Why {value} and not {lower}?', '¿Por qué {value} y no {lower}?') },
        ],
      },
      { id: 'a1', type: 'agreement', text: t('I am ready.', 'Estoy listo.'), required: true, responseSet: 'agree5' },
      { id: 'a2', type: 'agreement', text: t('I have started.', 'Ya empecé.'), required: true, responseSet: 'agree5' },
      { id: 'a3', type: 'agreement', text: t('It is not for me.', 'No es para mí.'), required: true, responseSet: 'agree5' },
    ],
    scoring: {
      scales: [
        { id: 'ready', label: t('Ready', 'Listo'), items: ['a1', 'a2', 'a3'], reverse: ['a3'], aggregate: 'mean', maxMissing: 1 },
        { id: 'doing', label: t('Doing', 'Haciendo'), items: ['a2'], aggregate: 'sum' },
      ],
      composites: [
        { id: 'readiness', label: t('Readiness', 'Disposición'), terms: [{ scale: 'ready', weight: 1 }, { scale: 'doing', weight: 0.5 }] },
      ],
      stage: [
        {
          type: 'rules',
          rules: [
            { id: 'not-yet', when: { item: 'status', equals: 'no' }, stage: 'precontemplation' },
            { id: 'maybe', when: { item: 'status', oneOf: ['someday'] }, stage: 'contemplation' },
            { id: 'new', when: { all: [{ item: 'status', equals: 'doing' }, { item: 'since', equals: 'short' }] }, stage: 'action' },
            { id: 'kept', when: { item: 'since', equals: 'long' }, stage: 'maintenance' },
          ],
        },
        {
          type: 'bands',
          source: 'readiness',
          bands: [
            { stage: 'precontemplation', max: { value: 2, inclusive: false } },
            { stage: 'contemplation', min: { value: 2, inclusive: true }, max: { value: 4, inclusive: false } },
            { stage: 'preparation', min: { value: 4, inclusive: true } },
          ],
        },
        {
          type: 'highest',
          scales: [
            { scale: 'ready', stage: 'preparation' },
            { scale: 'doing', stage: 'action' },
          ],
          tieBreak: ['action', 'preparation'],
        },
      ],
    },
    guidance: {
      precontemplation: guidanceFor('precontemplation'),
      contemplation: guidanceFor('contemplation'),
      preparation: { ...guidanceFor('preparation'), links: [{ label: t('Call us', 'Llámanos'), href: 'tel:+12135550100' }] },
      action: { ...guidanceFor('action'), slipNote: t('Slips happen.', 'Los tropiezos pasan.') },
      maintenance: { ...guidanceFor('maintenance'), links: [{ label: t('Write', 'Escribe'), href: 'mailto:hello@example.org' }] },
    },
  };
}

/** A rules-only questionnaire: the rules method is last, so it must reach a stage for every answer. */
export function rulesOnlyQuestionnaire(): Json {
  const q = validQuestionnaire();
  q.scoring.stage = [
    {
      type: 'rules',
      rules: [
        { id: 'not-yet', when: { item: 'status', equals: 'no' }, stage: 'precontemplation' },
        { id: 'maybe', when: { item: 'status', equals: 'someday' }, stage: 'contemplation' },
        { id: 'soon', when: { item: 'status', equals: 'soon' }, stage: 'preparation' },
        { id: 'new', when: { item: 'since', equals: 'short' }, stage: 'action' },
        { id: 'kept', when: { item: 'since', equals: 'long' }, stage: 'maintenance' },
      ],
    },
  ];
  return q;
}
