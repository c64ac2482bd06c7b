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
    ['a word that only starts like an opener stays', 'Ifeoma calls', 'I willingly say no', 'If Ifeoma calls, I willingly say no.'],
    ['a second half that says who acts is theirs, with no "I will" put before it', 'I get home stressed', "I'm going to take a walk.", "If I get home stressed, I'm going to take a walk."],
    ['"I\'d", after their own opening word', 'When my friends invite me out', 'I’d order a soda', 'When my friends invite me out, I’d order a soda.'],
    ['"We" and "My" after the comma are lowered, never a name', 'the kids are asleep', 'We’ll go for a walk', 'If the kids are asleep, we’ll go for a walk.'],
    ['a name stays as written', 'Maria calls', 'pick up', 'If Maria calls, I will pick up.'],
    ['only a then half that says who acts', '', "I'm going to call my sister", "I'm going to call my sister."],
    // What people really type, capitals and all (a phone's own capital is off in the boxes; their own may not be).
    ['a capital where the line puts "If" or "I will" before it', 'My friends invite me out', 'Go for a walk', 'If my friends invite me out, I will go for a walk.'],
    ['"It\'s", and a name after "I will" stays', "It's 9pm", 'Call Sam', "If it's 9pm, I will call Sam."],
    ['"will" alone, and "Ill" for "I\'ll"', 'I feel like drinking', 'will call Sam', 'If I feel like drinking, I will call Sam.'],
    ['"Ill" for "I\'ll"', 'I am stressed', 'Ill walk', 'If I am stressed, I will walk.'],
    ['a time opens the line as "If" would', 'After dinner', 'Instead I will go running', 'After dinner, instead I will go running.'],
    ['"don\'t" is a clause of their own', 'I see the bar', "don't go in", "If I see the bar, don't go in."],
    ['"!" and "?" give way to the line\'s own full stop', "I'm stressed!", 'walk!', "If I'm stressed, I will walk."],
    ['a word in capitals (their emphasis) stays', 'I want a drink', 'TEXT my sponsor', 'If I want a drink, I will TEXT my sponsor.'],
    ['a "then" opening the second half, or closing the first', 'if I feel the urge', 'then I will go for a walk', 'If I feel the urge, I will go for a walk.'],
    ['"then" at the end of the first half', "If I'm stressed, then", 'go for a walk', "If I'm stressed, I will go for a walk."],
    ['their own opening word, and "Then I will"', 'When friends call', 'Then I will say no.', 'When friends call, I will say no.'],
    ['an ellipsis after the opener', 'If… I am bored...', "I'll call my sister", 'If I am bored, I will call my sister.'],
    ['only the if half', 'If I wake up at 3am.', '', 'If I wake up at 3am…'],
    ['only the then half', '', 'I will call my sister.', 'I will call my sister.'],
    ['a half that is only the opener keeps it', 'If', 'I will', 'If If, I will.'],
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
    ['a second half that is not an infinitive is theirs, with no "voy a" put before it', 'llego estresado a la casa', 'Me voy a ir a caminar.', 'Si llego estresado a la casa, me voy a ir a caminar.'],
    ['a verb of their own, in the future', 'mis amigos me invitan a salir', 'pediré un refresco', 'Si mis amigos me invitan a salir, pediré un refresco.'],
    ['an infinitive with its pronoun', 'me dan ganas de fumar', 'llamarle a mi hermana', 'Si me dan ganas de fumar, voy a llamarle a mi hermana.'],
    ['"no" and an infinitive', 'me siento solo', 'no tomar', 'Si me siento solo, no voy a tomar.'],
    ['only a then half: "no" and an infinitive, or a clause of their own', '', 'No tomar', 'No voy a tomar.'],
    ['only a then half that is theirs', '', 'me voy a ir a caminar', 'Me voy a ir a caminar.'],
    ['capitals where the line puts "Si" or "voy a" before them', 'Me ofrecen un trago', 'Llamar a María', 'Si me ofrecen un trago, voy a llamar a María.'],
    ['a verb of their own in the future, with a capital', 'Estoy triste', 'Intentaré caminar', 'Si estoy triste, intentaré caminar.'],
    ['an infinitive with two pronouns and an accent', 'estoy triste', 'dárselo', 'Si estoy triste, voy a dárselo.'],
    ['"nunca" and "ya no" before an infinitive', 'me siento solo', 'nunca fumar', 'Si me siento solo, nunca voy a fumar.'],
    ['"ya no"', 'estoy aburrido', 'Ya no tomar', 'Si estoy aburrido, ya no voy a tomar.'],
    ['a time opens the line as "Si" would', 'después de cenar', 'salir a caminar', 'Después de cenar, voy a salir a caminar.'],
  ])('Spanish: %s', (_, a, b, line) => {
    expect(ifThenEs({ if: a, then: b })).toBe(line);
  });
});
