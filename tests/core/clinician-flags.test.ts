import { describe, expect, it } from 'vitest';
import { clinicianSummary } from '../../src/core/clinician-summary';
import { flagText, shortQuestion, summaryText } from '../../src/core/clinician-summary-text';
import { score } from '../../src/core/score';
import type { Answers, Item, Questionnaire } from '../../src/core/types';
import { CLINICIAN_STRINGS } from '../../src/ui/clinician/clinician-strings';
import { loadBuiltin } from './fhir-helpers';

// Every expected sentence below is written out by hand from intake.json's texts and item order
// (pc-1 is question 4, pc-3 question 7, c-1 question 8, a-3 question 9, m-3 question 14,
// pc-2 question 15, c-3 question 16).

const intake = loadBuiltin('intake');
const AT = '2026-11-23T10:30:00Z';

function intakeAnswers(leaveOut: readonly string[] = []): Answers {
  const answers: Record<string, string | number> = { change: 'eating', stage: 'doing-under-6-months' };
  for (const item of intake.items) if (item.type === 'agreement' && !leaveOut.includes(item.id)) answers[item.id] = 4;
  return answers;
}

function flags(lang: 'en' | 'es', leaveOut: readonly string[] = [], q: Questionnaire = intake): string[] {
  const answers = intakeAnswers(leaveOut);
  const model = clinicianSummary({ questionnaire: q, answers, result: score(q, answers), lang, completedAt: AT });
  return model.scoringNotes.map((f) => flagText(f, CLINICIAN_STRINGS[lang].text));
}

describe('flag sentences name questions as the Answers list shows them', () => {
  it('one reverse-scored question (en, es)', () => {
    expect(flags('en')[0]).toBe('Scored in reverse for Precontemplation: question 7, “I can see ways my life would be better with this change”');
    expect(flags('es')[0]).toBe('Puntuación invertida en Precontemplación: pregunta 7, “Veo maneras en que mi vida sería mejor con este cambio”');
  });

  it('several missing questions, joined by semicolons (en, es)', () => {
    expect(flags('en', ['pc-1', 'pc-2'])[0]).toBe(
      'Precontemplation: not scored, too many answers missing: ' +
        'question 4, “Honestly, this change isn\'t something I need to think about”; ' +
        'question 15, “I\'m mostly here because someone else wanted me to come”',
    );
    expect(flags('es', ['pc-1', 'pc-2'])[0]).toBe(
      'Precontemplación: sin puntuación, faltan demasiadas respuestas: ' +
        'pregunta 4, “La verdad, este cambio no es algo en lo que tenga que pensar”; ' +
        'pregunta 15, “Vine más que nada porque otra persona quería que viniera”',
    );
  });

  it('a prorated scale with one missing question (en, es)', () => {
    expect(flags('en', ['c-1'])).toContain('Contemplation: prorated from the other answers. Missing: question 8, “I keep going back and forth about making this change”');
    expect(flags('es', ['c-1'])).toContain('Contemplación: prorrateado con las demás respuestas. Sin respuesta: pregunta 8, “Le sigo dando vueltas a si hago este cambio o no”');
  });

  it('a long text shortened at a word boundary with an ellipsis (en, es)', () => {
    // m-3: "I haven't made this change yet, so keeping it up isn't a concern for me." (73 characters)
    expect(flags('en')[3]).toBe('Scored in reverse for Maintenance: question 14, “I haven\'t made this change yet, so keeping it up…”');
    expect(flags('es')[3]).toBe('Puntuación invertida en Mantenimiento: pregunta 14, “Todavía no he hecho este cambio, así que…”');
  });

  it('never shows a bare item id', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const text of flags(lang, ['pc-1', 'pc-2', 'c-1'])) expect(text).not.toMatch(/\b(pc|c|a|m)-\d\b/);
    }
  });

  it('a question the client was not shown has no number, and says so', () => {
    // pc-2 only shown to someone talking about drinking; this client chose eating, so pc-2 is missing.
    const items = intake.items.map((item): Item => (item.id === 'pc-2' ? { ...item, showIf: { item: 'change', equals: 'drinking' } } : item));
    const q = { ...intake, items } as Questionnaire;
    expect(flags('en', [], q)[0]).toBe(
      'Precontemplation: prorated from the other answers. Missing: “I\'m mostly here because someone else wanted me to come” (not shown to the client)',
    );
    expect(flags('es', [], q)[0]).toBe(
      'Precontemplación: prorrateado con las demás respuestas. Sin respuesta: “Vine más que nada porque otra persona quería que viniera” (no se le mostró al cliente)',
    );
  });
});

describe('Copy as text uses the same flag sentences and the same numbers as its Answers list', () => {
  it('Spanish', () => {
    const answers = intakeAnswers(['c-1']);
    const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'es', completedAt: AT });
    const lines = summaryText(model, CLINICIAN_STRINGS.es.text).split('\n');
    expect(lines).toContain('- Contemplación: prorrateado con las demás respuestas. Sin respuesta: pregunta 8, “Le sigo dando vueltas a si hago este cambio o no”');
    expect(lines).toContain('8. Le sigo dando vueltas a si hago este cambio o no. — (sin respuesta)');
    expect(lines).toContain('7. Veo maneras en que mi vida sería mejor con este cambio. — De acuerdo (puntuación invertida)');
    expect(lines.join('\n')).not.toContain('(R)');
  });

  it('English', () => {
    const answers = intakeAnswers();
    const model = clinicianSummary({ questionnaire: intake, answers, result: score(intake, answers), lang: 'en', completedAt: AT });
    const lines = summaryText(model, CLINICIAN_STRINGS.en.text).split('\n');
    expect(lines).toContain('- Scored in reverse for Action: question 9, “So far, I haven\'t actually done anything about this”');
    expect(lines).toContain('9. So far, I haven\'t actually done anything about this. — Agree (scored in reverse)');
  });
});

describe('shortQuestion', () => {
  it('keeps a text of up to 60 characters whole, less its closing full stop', () => {
    expect(shortQuestion('Le sigo dando vueltas a si hago este cambio o no.')).toBe('Le sigo dando vueltas a si hago este cambio o no');
    expect(shortQuestion('¿Qué tan importante es este cambio para ti?')).toBe('¿Qué tan importante es este cambio para ti?');
    // 61 characters with its full stop, 60 without.
    expect(shortQuestion('La verdad, este cambio no es algo en lo que tenga que pensar.')).toBe('La verdad, este cambio no es algo en lo que tenga que pensar');
    const sixtyOne = `${'abcd '.repeat(12)}x`; // 61 characters, no full stop: cut after the 9th "abcd"
    expect(shortQuestion(sixtyOne)).toBe(`${'abcd '.repeat(9).trim()}…`);
  });

  it('cuts a longer text at the last space within 48 characters, dropping a trailing comma', () => {
    // 80 characters; the 49th is inside "mantenerlo", the last space before it follows "que".
    expect(shortQuestion('Todavía no he hecho este cambio, así que mantenerlo no es algo que me preocupe.')).toBe('Todavía no he hecho este cambio, así que…');
    // 68 characters; the last space within the first 49 follows "much" (the 47th character).
    expect(shortQuestion('Right now, other things in my life matter much more to me than this.')).toBe('Right now, other things in my life matter much…');
    // 81 characters; "home," ends at the 48th character and a space follows: the comma goes, the ellipsis comes.
    expect(shortQuestion('When things get really hard at work and at home, I tend to go back to old habits.')).toBe(
      'When things get really hard at work and at home…',
    );
  });

  it('cuts a single over-long word where it must', () => {
    expect(shortQuestion('x'.repeat(70))).toBe(`${'x'.repeat(48)}…`);
  });
});
