import { describe, expect, test } from 'vitest';
import { ifThenEn, ifThenEs } from '../../src/ui/steps/if-then-words';

// The boxes are labelled "If…" and "I will…" ("Si…", "Voy a…"), so people often type those words
// again, and end each half with a full stop. The line in their plan must read as one sentence.
describe('an if–then pair as a line of the plan', () => {
  test.each([
    ['plain halves', 'my friends invite me out', 'order a soda water', 'If my friends invite me out, I will order a soda water.'],
    ['the openers typed again, with full stops', 'If my friends invite me out for drinks.', 'I will order a soda water.', 'If my friends invite me out for drinks, I will order a soda water.'],
    ["lower case, I'll, a comma and spaces", '  if I feel stressed, ', "i'll  take a walk", 'If I feel stressed, I will take a walk.'],
    ['their own opening word, and a curly apostrophe', 'when work runs late', 'I’ll eat something first', 'When work runs late, I will eat something first.'],
    ['a word that only starts like an opener stays', 'Ifeoma calls', 'I willingly say no', 'If Ifeoma calls, I will I willingly say no.'],
    ['a "then" opening the second half, or closing the first', 'if I feel the urge', 'then I will go for a walk', 'If I feel the urge, I will go for a walk.'],
    ['"then" at the end of the first half', "If I'm stressed, then", 'go for a walk', "If I'm stressed, I will go for a walk."],
    ['their own opening word, and "Then I will"', 'When friends call', 'Then I will say no.', 'When friends call, I will say no.'],
    ['an ellipsis after the opener', 'If… I am bored...', "I'll call my sister", 'If I am bored, I will call my sister.'],
    ['only the if half', 'If I wake up at 3am.', '', 'If I wake up at 3am…'],
    ['only the then half', '', 'I will call my sister.', 'I will call my sister.'],
    ['a half that is only the opener keeps it', 'If', 'I will', 'If If, I will I will.'],
  ])('English: %s', (_, a, b, line) => {
    expect(ifThenEn({ if: a, then: b })).toBe(line);
  });

  test.each([
    ['plain halves', 'mis amigos me invitan', 'pedir un agua mineral', 'Si mis amigos me invitan, voy a pedir un agua mineral.'],
    ['the openers typed again, with full stops', 'Si mis amigos me invitan a tomar.', 'Voy a pedir un agua mineral.', 'Si mis amigos me invitan a tomar, voy a pedir un agua mineral.'],
    ['their own opening word (cuando takes the subjunctive; si would not)', 'cuando salga tarde del trabajo', 'VOY A cenar algo antes', 'Cuando salga tarde del trabajo, voy a cenar algo antes.'],
    ['only the if half, with si in capitals', 'SI me siento solo.', '', 'Si me siento solo…'],
    ['"entonces" opening the second half', 'cuando me sienta estresado', 'entonces voy a salir a caminar', 'Cuando me sienta estresado, voy a salir a caminar.'],
    ['"entonces" closing the first half', 'Si me invitan, entonces', 'pedir un agua', 'Si me invitan, voy a pedir un agua.'],
    ['a word that only starts like an opener stays', 'Silvia me llama', 'voyager', 'Si Silvia me llama, voy a voyager.'],
  ])('Spanish: %s', (_, a, b, line) => {
    expect(ifThenEs({ if: a, then: b })).toBe(line);
  });
});
