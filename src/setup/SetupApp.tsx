import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Questionnaire } from '../core/types';
import { ALL_BUILTINS } from '../embed/builtins-all';
import { parseSettings, type RawSettings } from '../embed/parse-settings';
import { parseTheme, type ThemeKey } from '../embed/parse-theme';
import { buildSnippets, filesFolder } from './build-snippets';
import { checkQuestionnaireText, type TextCheck } from './locate-problems';
import { Preview, type PreviewWidth } from './Preview';
import { previewScreens } from './preview-screens';
import { QuestionnairePanel } from './QuestionnairePanel';
import type { FormSettings } from './setting-fields';
import { SettingsForm } from './SettingsForm';
import { SETUP_STRINGS, type SetupLanguage } from './setup-strings';
import { SnippetPanel } from './SnippetPanel';
import { ThemeForm, type ThemeDraft } from './ThemeForm';

export interface SetupAppProps {
  /** The folder this page was served from: where the quiz's files are, by default. */
  readonly filesUrl: string;
  readonly lang: SetupLanguage;
}

const QUICK = ALL_BUILTINS.get('quick')!;

/** Drops the values parseSettings found wrong: the preview and snippets use only good ones. */
function goodOnly(raw: RawSettings, wrong: readonly { path: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) if (v !== undefined && v !== null && !wrong.some((p) => p.path === k)) out[k] = v;
  return out;
}

/** The setup page: form, preview and snippets side by side on a wide screen, stacked on a phone. */
export function SetupApp(props: SetupAppProps) {
  const [pageLang, setPageLang] = useState<SetupLanguage>(props.lang);
  const strings = SETUP_STRINGS[pageLang];
  const [settings, setSettings] = useState<FormSettings>({});
  const [choice, setChoice] = useState('quick');
  const [ownText, setOwnText] = useState('');
  const [ownUrl, setOwnUrl] = useState('my-questionnaire.json');
  const [check, setCheck] = useState<TextCheck | null>(null);
  const [ownQuestionnaire, setOwnQuestionnaire] = useState<Questionnaire | null>(null);
  const [themeDraft, setThemeDraft] = useState<ThemeDraft>({});
  const [width, setWidth] = useState<PreviewWidth>('full');
  const [previewLang, setPreviewLang] = useState<string>(props.lang);
  const [screenIndex, setScreenIndex] = useState(0);
  const [filesUrl, setFilesUrl] = useState(props.filesUrl);
  const [siteOrigin, setSiteOrigin] = useState('');

  useEffect(() => {
    document.documentElement.lang = pageLang;
    document.title = strings.pageTitle;
  }, [pageLang]);

  // Checked a moment after typing stops: the validator tries every answer path, which can take a while.
  useEffect(() => {
    if (ownText.trim() === '') {
      setCheck(null);
      return;
    }
    const timer = setTimeout(() => {
      const result = checkQuestionnaireText(ownText);
      setCheck(result);
      if (result.ok) setOwnQuestionnaire(result.questionnaire);
    }, 250);
    return () => clearTimeout(timer);
  }, [ownText]);

  const questionnaire: Questionnaire =
    choice === 'own' ? (ownQuestionnaire ?? QUICK) : (ALL_BUILTINS.get(choice) ?? QUICK);
  const screens = useMemo(() => previewScreens(questionnaire), [questionnaire]);
  // A screen list changed under the selection: keep the index in range, and make each choice a new jump.
  const screen = useMemo(() => ({ ...(screens[Math.min(screenIndex, screens.length - 1)] ?? screens[0]!) }), [screens, screenIndex]);

  const form = parseSettings(settings);
  const theme = parseTheme(themeDraft).theme;
  const problemOf = (name: string, found: ReturnType<typeof parseSettings>) => {
    const message = found.problems[0]?.message;
    return message && strings.settingProblem(name, message);
  };
  const fileUrlProblem = choice === 'own' ? problemOf('questionnaire', parseSettings({ questionnaire: ownUrl }, { baseUrl: safeFolder(filesUrl) })) : undefined;
  const originProblem = siteOrigin.trim() ? problemOf('origin', parseSettings({ origin: siteOrigin })) : undefined;
  let filesUrlProblem: string | undefined;
  let snippets = null;
  try {
    const forSnippets: Record<string, string> = { ...goodOnly(settings, form.problems) };
    if (choice === 'own') {
      // Absolute, beside the quiz's files: a relative path would resolve against each host page instead.
      const folder = safeFolder(filesUrl);
      if (!fileUrlProblem && ownUrl.trim() && folder) forSnippets.questionnaire = new URL(ownUrl.trim(), folder).href;
    } else if (choice !== 'quick') forSnippets.questionnaire = choice;
    if (siteOrigin.trim() && !originProblem) forSnippets.origin = siteOrigin.trim().replace(/\/$/, '');
    snippets = buildSnippets({ filesUrl, settings: forSnippets, theme, title: questionnaire.title[previewLang] ?? questionnaire.title[questionnaire.locales[0]!] ?? '' });
  } catch {
    // Never the browser's own exception text ("Failed to construct 'URL'"): say what to write.
    filesUrlProblem = `${strings.filesUrl}: ${strings.filesUrlInvalid}`;
  }

  const setSetting = (name: string, value: string | undefined) => {
    setSettings((s) => {
      const next: Record<string, string | undefined> = { ...s, [name]: value };
      if (value === undefined) delete next[name];
      return next;
    });
    if (name === 'lang' && (value === 'en' || value === 'es')) setPreviewLang(value);
  };
  const setTheme = (key: ThemeKey, value: string | undefined) =>
    setThemeDraft((t) => {
      const next: Partial<Record<ThemeKey, string>> = { ...t, [key]: value };
      if (value === undefined) delete next[key];
      return next;
    });

  const clinician = form.settings.mode === 'clinician';
  return (
    <div class="su-page">
      <header class="su-header">
        <h1>{strings.pageTitle}</h1>
        <p>{strings.intro}</p>
        <div class="su-inline" role="group" aria-label={strings.pageLanguage}>
          {(['en', 'es'] as const).map((l) => (
            <button key={l} type="button" class="su-button su-toggle" aria-pressed={pageLang === l} lang={l}
              onClick={() => {
                setPageLang(l);
                // With no quiz language set, the preview follows the page's (as a visitor's browser would).
                if (!settings.lang && questionnaire.locales.includes(l)) setPreviewLang(l);
              }}>
              {l === 'en' ? 'English' : 'Español'}
            </button>
          ))}
        </div>
      </header>
      <div class="su-layout">
        <form class="su-form" aria-label={strings.settingsHeading} onSubmit={(e) => e.preventDefault()}>
          <QuestionnairePanel choice={choice} text={ownText} fileUrl={ownUrl} fileUrlProblem={fileUrlProblem} check={check} strings={strings}
            onChoice={(c) => { setChoice(c); setScreenIndex(0); }} onText={setOwnText} onFileUrl={setOwnUrl} />
          <SettingsForm settings={settings} problems={form.problems} strings={strings} onChange={setSetting} />
          <ThemeForm theme={themeDraft} strings={strings} onChange={setTheme} />
        </form>
        <section class="su-section su-preview" aria-labelledby="su-preview-heading">
          <h2 id="su-preview-heading">{strings.previewHeading}</h2>
          <div class="su-controls">
            <div class="su-field">
              <label for="su-width">{strings.width}</label>
              <select id="su-width" value={width} onChange={(e) => setWidth(e.currentTarget.value as PreviewWidth)}>
                {(['phone', 'sidebar', 'full'] as const).map((w) => (
                  <option key={w} value={w}>{strings.widths[w]}</option>
                ))}
              </select>
            </div>
            <div class="su-field">
              <label for="su-preview-lang">{strings.previewLanguage}</label>
              <select id="su-preview-lang" value={previewLang} onChange={(e) => setPreviewLang(e.currentTarget.value)}>
                {questionnaire.locales.map((l) => (
                  <option key={l} value={l}>{strings.choices[`lang:${l}`] ?? l}</option>
                ))}
              </select>
            </div>
            <div class="su-field">
              <label for="su-screen">{strings.screen}</label>
              <select id="su-screen" value={String(Math.min(screenIndex, screens.length - 1))} disabled={clinician}
                aria-describedby={clinician ? 'su-screen-hint' : undefined} onChange={(e) => setScreenIndex(Number(e.currentTarget.value))}>
                {screens.map((s, n) => (
                  <option key={n} value={String(n)}>
                    {s.kind === 'intro' ? strings.intro_ : s.kind === 'question' ? strings.question(s.number) : s.kind === 'result' ? strings.result(s.stage) : strings.step(s.stage)}
                  </option>
                ))}
              </select>
              {clinician && <p class="su-hint" id="su-screen-hint">{strings.clinicianNoJump}</p>}
            </div>
          </div>
          <Preview questionnaire={questionnaire} settings={form.settings} theme={theme} width={width} lang={previewLang} screen={screen} label={strings.previewRegion} />
        </section>
        <SnippetPanel snippets={snippets} filesUrl={filesUrl} filesUrlProblem={filesUrlProblem} siteOrigin={siteOrigin} siteOriginProblem={originProblem}
          questionnaireProblems={choice === 'own' && check?.ok === false ? check.problems.length : undefined}
          strings={strings} onFilesUrl={setFilesUrl} onSiteOrigin={setSiteOrigin} />
      </div>
    </div>
  );
}

function safeFolder(url: string): string | undefined {
  try {
    return filesFolder(url);
  } catch {
    return undefined;
  }
}
