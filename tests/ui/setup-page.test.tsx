// The setup page's form, preview controls and snippet builder, by role and accessible name.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formFields } from '../../src/setup/setting-fields';
import { SetupApp } from '../../src/setup/SetupApp';

const FILES = 'https://www.practice.example/quiz/';
const snippet = (id: string) => document.querySelector(`[data-snippet="${id}"]`)?.textContent ?? '';
const type = (name: string, value: string) => fireEvent.input(screen.getByRole('textbox', { name }), { target: { value } });
const pick = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

describe('setup form', () => {
  test('every setting has a labelled field, and the snippets start bare', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    for (const name of ['Language of the quiz', 'Crisis notice', 'Mode', 'Body font', 'Heading font', 'Width', 'Screen']) {
      expect(screen.getByRole('combobox', { name })).toBeTruthy();
    }
    for (const name of ['Call to action: link', 'Call to action: button text', 'Your practice’s name', 'Where the quiz files are hosted']) {
      expect(screen.getByRole('textbox', { name })).toBeTruthy();
    }
    expect(screen.getByRole('checkbox', { name: 'Keep an unfinished quiz if the page reloads (this tab only)' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Pass the words visitors type in a next step to your page’s script' })).toBeTruthy();
    expect(snippet('script')).toBe('<script src="https://www.practice.example/quiz/stages-quiz.js" defer></script>\n\n<stages-quiz></stages-quiz>\n');
    expect(snippet('link')).toBe('https://www.practice.example/quiz/index.html');
  });

  test("the files' folder: a partial address gets a message saying what to write, in the page's language; a file's address means its folder", () => {
    render(<SetupApp filesUrl={FILES} lang="es" />);
    type('Dónde están los archivos del cuestionario', 'www.practice.example/quiz/');
    expect(document.body.textContent).toContain('escribe la dirección completa de la carpeta, empezando con https://');
    expect(document.body.textContent).not.toContain('Failed to construct');
    expect(document.body.textContent).not.toContain('Invalid URL');
    type('Dónde están los archivos del cuestionario', 'https://www.practice.example/quiz/stages-quiz.js');
    expect(snippet('script')).toBe('<script src="https://www.practice.example/quiz/stages-quiz.js" defer></script>\n\n<stages-quiz></stages-quiz>\n');
  });

  test('a bad value is named under its field and kept out of the snippets; a good one goes in', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    type('Call to action: link', 'javascript:alert(1)');
    const field = screen.getByRole('textbox', { name: 'Call to action: link' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('cta-href must be an https:, mailto: or tel: link (got "javascript:alert(1)")');
    expect(snippet('script')).not.toContain('javascript');
    type('Call to action: link', 'https://www.practice.example/book');
    pick('Language of the quiz', 'es');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Keep an unfinished quiz if the page reloads (this tab only)' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pass the words visitors type in a next step to your page’s script' }));
    expect(snippet('script')).toBe(
      '<script src="https://www.practice.example/quiz/stages-quiz.js" defer></script>\n\n' +
        '<stages-quiz\n  lang="es"\n  cta-href="https://www.practice.example/book"\n  persist\n  share-words\n></stages-quiz>\n',
    );
  });

  test('on the Spanish page, a bad value is named under its field in Spanish, saying what it must be', () => {
    render(<SetupApp filesUrl={FILES} lang="es" />);
    type('Invitación: enlace', 'javascript:alert(1)');
    const field = screen.getByRole('textbox', { name: 'Invitación: enlace' });
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Este valor no sirve. Tiene que ser un enlace https:, mailto: o tel:.');
    expect(document.body.textContent).not.toContain('must be');
  });

  test('hostile button text stays text in every snippet', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    type('Call to action: button text', `Hi" x="</script><b>&`);
    expect(snippet('script')).toContain('  cta-label="Hi&quot; x=&quot;&lt;/script&gt;&lt;b&gt;&amp;"\n');
    expect(snippet('link')).toBe('https://www.practice.example/quiz/index.html?cta-label=Hi%22+x%3D%22%3C%2Fscript%3E%3Cb%3E%26');
    expect(snippet('iframe')).toContain('frame.html?cta-label=Hi%22+x%3D%22%3C%2Fscript%3E%3Cb%3E%26"');
  });

  test('the iframe gets the site origin only when it is one; a custom crisis notice shows its link field', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    type('Your website’s address (for the iframe)', 'https://www.practice.example/path');
    expect(screen.getByText('origin must be the host page\'s origin, like https://www.example.com (got "https://www.practice.example/path")')).toBeTruthy();
    expect(snippet('iframe')).toContain('src="https://www.practice.example/quiz/frame.html"');
    type('Your website’s address (for the iframe)', 'https://www.practice.example');
    expect(snippet('iframe')).toContain('src="https://www.practice.example/quiz/frame.html?origin=https%3A%2F%2Fwww.practice.example"');
    expect(screen.queryByRole('textbox', { name: 'Link for your own notice' })).toBeNull();
    pick('Crisis notice', 'custom');
    fireEvent.input(screen.getByRole('textbox', { name: 'Your own crisis notice' }), { target: { value: 'Call us' } });
    type('Link for your own notice', 'tel:+15555550100');
    expect(snippet('script')).toContain('  crisis="Call us"\n  crisis-href="tel:+15555550100"\n');
  });

  test('clinician mode: its minutes field, the clinician script, and no screen jumps', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    expect(screen.queryByRole('textbox', { name: 'Clinician mode: minutes before an idle session clears' })).toBeNull();
    pick('Mode', 'clinician');
    type('Clinician mode: minutes before an idle session clears', '5');
    expect(snippet('script')).toBe(
      '<script src="https://www.practice.example/quiz/stages-quiz-clinician.js" defer></script>\n\n<stages-quiz\n  mode="clinician"\n  idle-minutes="5"\n></stages-quiz>\n',
    );
    expect((screen.getByRole('combobox', { name: 'Screen' }) as HTMLSelectElement).disabled).toBe(true);
  });

  test('an accent below 4.5:1 is refused with a suggestion that, used, passes and reaches the CSS snippet', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    fireEvent.input(screen.getByLabelText('Accent colour'), { target: { value: '#88bbee' } });
    // #88bbee: L = 0.2126·0.246 + 0.7152·0.497 + 0.0722·0.855 = 0.469, so 1.05 / 0.519 = 2.02:1 with white.
    expect(document.getElementById('su-contrast')!.textContent).toMatch(/^Contrast 2\.\d\d:1 is too low \(at least 4\.5:1 is needed\), so this colour is not used\. Try #[0-9a-f]{6}\.$/);
    expect(snippet('css')).toBe('');
    const use = screen.getByRole('button', { name: /^Use #[0-9a-f]{6}$/ });
    const colour = use.textContent!.slice(4);
    fireEvent.click(use);
    expect(document.getElementById('su-contrast')!.textContent).toMatch(/^Contrast \d\.\d\d:1, readable\.$/);
    expect(snippet('css')).toBe(`stages-quiz {\n  --sq-accent: ${colour};\n}\n`);
  });

  test('the page speaks Spanish when asked', () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    fireEvent.click(screen.getByRole('button', { name: 'Español' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Prepara el cuestionario para tu sitio web' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Idioma del cuestionario' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copiar Etiqueta script y elemento' })).toBeTruthy();
    // No quiz language chosen: the preview follows the page into Spanish.
    expect((screen.getByRole('combobox', { name: 'Idioma' }) as HTMLSelectElement).value).toBe('es');
  });
});

describe('own questionnaire', () => {
  test('each problem is listed with its line; choosing one puts the cursor there; fixed, it passes', async () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Your own questionnaire (JSON)' }));
    const json = JSON.parse(readFileSync('questionnaire/quick.json', 'utf8'));
    json.items[1].text.es = '';
    const text = JSON.stringify(json, null, 2);
    const area = screen.getByRole('textbox', { name: 'Questionnaire JSON' }) as HTMLTextAreaElement;
    fireEvent.input(area, { target: { value: text } });
    await screen.findByRole('heading', { name: /problems? to fix$/ });
    // The line holding items[1].text.es, counted by hand from the text.
    const lines = text.split('\n');
    const itemsAt = lines.findIndex((l) => l.includes('"items"'));
    const second = lines.findIndex((l, n) => n > itemsAt && l.includes('"id": "stage"'));
    const esLine = lines.findIndex((l, n) => n > second && l.includes('"es": ""')) + 1;
    const button = screen.getByRole('button', { name: new RegExp(`^Line ${esLine}, column \\d+, question 2$`) });
    fireEvent.click(button);
    expect(text.slice(0, area.selectionStart).split('\n').length).toBe(esLine);
    json.items[1].text.es = '¿En qué punto estás?';
    fireEvent.input(area, { target: { value: JSON.stringify(json, null, 2) } });
    await waitFor(() => expect(screen.getByText('The questionnaire passes every check; the preview shows it.')).toBeTruthy(), { timeout: 5000 });
    expect(screen.queryByText(/^Your questionnaire has .* to fix first/)).toBeNull();
    // Two full validations of quick (it tries every answer path) on a shared two-core machine.
  }, 20_000);

  test('a JSON syntax error is placed on its line', async () => {
    render(<SetupApp filesUrl={FILES} lang="en" />);
    fireEvent.click(screen.getByRole('radio', { name: 'Your own questionnaire (JSON)' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Questionnaire JSON' }), { target: { value: '{\n  "id": "x",\n  "version": 1,,\n}' } });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('button')[0]!.textContent).toBe('Line 3, column 16');
    // Beside the snippets too: the file would not work on the site yet.
    expect(screen.getByText('Your questionnaire has a problem to fix first (see “Questionnaire” above): until then, the quiz on your site can’t be shown.')).toBeTruthy();
  });
});

test('settings added later get a text field labelled with their name', () => {
  expect(formFields({}, ['lang', 'practice-name', 'origin'])).toEqual([
    { name: 'lang', spec: { kind: 'select', options: ['', 'en', 'es'] } },
    { name: 'practice-name', spec: { kind: 'text', type: 'text' } },
  ]);
});
