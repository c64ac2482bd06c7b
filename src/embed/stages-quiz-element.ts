import { h, render, type ComponentType } from 'preact';
import type { Problem, Questionnaire, QuizCompletion } from '../core/types';
import { QuizWidget } from '../ui/QuizWidget';
import type { QuizWidgetProps } from '../ui/quiz-widget-props';
import { embedStyleSheets } from './embed-style-sheets';
import { parseSettings, SETTING_NAMES, type EmbedSettings } from './parse-settings';
import { sessionSnapshotStore, snapshotKey, type SnapshotStore } from './persisted-snapshot';
import { errorLanguage, logProblems, renderEmbedError, type EmbedErrorMessage } from './render-embed-error';
import { loadQuestionnaire, validateQuestionnaire } from './load-questionnaire';
import { WEBSITE_BUILTINS, type Builtins } from './builtins-website';
import { renderLoading } from './render-loading';
import { widgetProps } from './widget-props';
import { fireQuizEvent } from './stages-quiz-events';
import { WidgetBoundary } from './widget-boundary';

/** Attributes the element watches: every setting (see parseSettings) but the iframe page's `origin`. */
const OBSERVED: string[] = SETTING_NAMES.filter((name) => name !== 'origin');
/** Attributes of any element (and data-, aria-, on…): not ours, and not a typo of ours. */
const GLOBAL_ATTRIBUTE = /^(?:id|class|style|title|dir|hidden|tabindex|slot|part|role|translate|inert|nonce|exportparts|data-.*|aria-.*|on.*)$/;

/**
 * Clinician mode, injected by `defineStagesQuiz({ clinician })` so that only the builds that ask
 * for it carry it: the intake view and its stylesheet (CSS text).
 */
export interface ClinicianFeature {
  readonly view: ComponentType<QuizWidgetProps>;
  readonly css: string;
  /**
   * Called when the element joins a page; returns what to call when it leaves. Clinician mode uses
   * it to print the widget alone (see src/ui/print-alone.ts): its summary is printed from whatever page
   * embeds it, so the page's own content must not print too.
   */
  readonly onConnect?: (element: HTMLElement) => () => void;
}

/** Logged and sent in the error event when a page asks for clinician mode from the website script. */
const NO_CLINICIAN =
  'clinician mode needs stages-quiz-clinician.js (in an app: stages-quiz/element-clinician); stages-quiz.js (and stages-quiz/element) leave it out';

/**
 * HTMLElement, or on a server (Node, server rendering: no DOM) a stand-in, so that importing the
 * element entries there loads quietly; nothing is defined without a `customElements` registry.
 */
const ElementBase: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * `<stages-quiz>`: the quiz in an open shadow root, styled by constructable stylesheets (no
 * `<style>` element, nothing that needs 'unsafe-inline'). Configure it with attributes (see the
 * README's table) or give it a questionnaire object through the `questionnaire` property.
 *
 * Never throws into the host page: every problem becomes a friendly message in the widget, a
 * `stages-quiz:error` event and a console.error.
 */
export class StagesQuizElement extends ElementBase {
  static get observedAttributes(): string[] {
    return OBSERVED;
  }

  /** Clinician mode, when this definition was given it (see defineStagesQuiz). */
  static readonly clinician: ClinicianFeature | undefined = undefined;

  /** The built-in questionnaires this definition carries (see defineStagesQuiz): `quick` unless given more. */
  static readonly builtins: Builtins = WEBSITE_BUILTINS;

  readonly #root: ShadowRoot;
  /** Questionnaire given as an object through the property; wins over the attribute. */
  #given: { value: unknown; serial: number } | null = null;
  #serial = 0;
  /** Identity of the questionnaire on screen: a change remounts the widget (a fresh start). */
  #sourceKey = '';
  #questionnaire: Questionnaire | null = null;
  #generation = 0;
  #scheduled = false;
  #mount = 0;
  #failed = false;
  /** Misspelt attributes were named in the console already. */
  #warned = false;
  /** Where this quiz is saved while `persist` is on (null otherwise). */
  #saved: SnapshotStore | null = null;
  /** Undoes the injected feature's onConnect. */
  #disconnectFeature: (() => void) | undefined;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    try {
      this.#root.adoptedStyleSheets = embedStyleSheets(this.#clinician()?.css);
    } catch (error) {
      // A browser without constructable stylesheets gets an unstyled but working quiz.
      console.error('stages-quiz: could not apply styles', error);
    }
    // Keys pressed in the quiz reach the page as if pressed on <stages-quiz> itself, so a page's
    // shortcuts and carousels (which skip fields by their tag name) would take a person's spaces,
    // arrows and letters. They stay in here; Tab and Escape go on, for a page's focus trap or dialog.
    const keepKey = (event: Event) => {
      if (!/^(Tab|Escape)$/.test((event as KeyboardEvent).key)) event.stopPropagation();
    };
    for (const type of ['keydown', 'keyup', 'keypress']) this.#root.addEventListener(type, keepKey);
    // A property set before the element was defined sits on the instance and hides our setter.
    if (Object.prototype.hasOwnProperty.call(this, 'questionnaire')) {
      const early = (this as { questionnaire?: unknown }).questionnaire;
      delete (this as { questionnaire?: unknown }).questionnaire;
      this.questionnaire = early;
    }
  }

  /**
   * The questionnaire on screen (null while loading or after an error). For a built-in in the
   * website script, without the texts only the result reads (src/core/result-texts.ts), which load
   * on demand; the whole file is questionnaire/<id>.json.
   */
  get questionnaire(): Questionnaire | null {
    return this.#questionnaire;
  }

  /**
   * An object is validated by parseQuestionnaire and starts a fresh quiz; a string is the same as
   * setting the attribute; null goes back to the attribute.
   */
  set questionnaire(value: unknown) {
    if (typeof value === 'string') {
      this.#given = null;
      this.setAttribute('questionnaire', value);
      return;
    }
    this.#given = value === null || value === undefined ? null : { value, serial: ++this.#serial };
    this.#schedule();
  }

  connectedCallback(): void {
    this.#disconnectFeature ??= this.#clinician()?.onConnect?.(this);
    // A misspelt attribute ("questionare", "cta_href") would be ignored without a word: name it,
    // once (moving the element reconnects it).
    const unknown = this.getAttributeNames().filter((name) => !OBSERVED.includes(name) && !GLOBAL_ATTRIBUTE.test(name));
    if (unknown.length && !this.#warned) {
      this.#warned = true;
      console.warn(`stages-quiz: not an attribute of <stages-quiz>, ignored: ${unknown.join(', ')} (its attributes: ${OBSERVED.join(', ')})`);
    }
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#disconnectFeature?.();
    this.#disconnectFeature = undefined;
    // Moving the element disconnects and reconnects it at once: keep the quiz in that case.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#generation++;
      this.#sourceKey = '';
      this.#safely(() => render(null, this.#root));
    });
  }

  attributeChangedCallback(): void {
    this.#schedule();
  }

  /** Coalesces attribute changes made in one task into one update. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      if (this.isConnected) this.#safely(() => this.#update());
    });
  }

  #safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#fail([{ path: '', message: `unexpected error: ${String(error)}` }], undefined);
    }
  }

  #clinician(): ClinicianFeature | undefined {
    return (this.constructor as typeof StagesQuizElement).clinician;
  }

  #readAttributes(): Record<string, string | null> {
    const raw: Record<string, string | null> = {};
    for (const name of OBSERVED) raw[name] = this.getAttribute(name);
    return raw;
  }

  #update(): void {
    const { settings, problems } = parseSettings(this.#readAttributes(), { baseUrl: document.baseURI });
    if (problems.length > 0 && this.#questionnaire && !this.#failed) {
      // A quiz under way stays as it is, with its last good settings: a bad value set now must not
      // take a person's answers, result or words. The site's owner hears of it all the same.
      logProblems('a value was left out; the quiz goes on as it was', problems);
      fireQuizEvent(this, 'stages-quiz:error', { problems });
      return;
    }
    if (problems.length > 0) {
      this.#sourceKey = '';
      this.#fail(problems, settings.lang);
      return;
    }
    if (settings.mode === 'clinician' && !this.#clinician()) {
      this.#sourceKey = '';
      this.#fail([{ path: 'mode', message: NO_CLINICIAN }], settings.lang, 'noClinician');
      return;
    }
    const key = this.#given ? `object:${this.#given.serial}` : sourceKey(settings);
    if (key === this.#sourceKey && this.#questionnaire && !this.#failed) {
      this.#renderWidget(this.#questionnaire, settings);
      return;
    }
    // A new questionnaire: load it, then start afresh (stale loads are dropped by generation).
    const generation = ++this.#generation;
    this.#sourceKey = key;
    this.#questionnaire = null;
    const done = (result: { ok: true; questionnaire: Questionnaire } | { ok: false; problems: readonly Problem[] }) => {
      if (generation !== this.#generation) return;
      this.#safely(() => {
        if (!result.ok) {
          this.#fail(result.problems, settings.lang);
          return;
        }
        this.#questionnaire = result.questionnaire;
        this.#mount++;
        // Settings may have changed while loading: read them again.
        const latest = parseSettings(this.#readAttributes(), { baseUrl: document.baseURI });
        if (latest.problems.length > 0) this.#fail(latest.problems, latest.settings.lang);
        else if (latest.settings.mode === 'clinician' && !this.#clinician()) {
          this.#sourceKey = '';
          this.#fail([{ path: 'mode', message: NO_CLINICIAN }], latest.settings.lang, 'noClinician');
        } else this.#renderWidget(result.questionnaire, latest.settings);
      });
    };
    const builtins = (this.constructor as typeof StagesQuizElement).builtins;
    const loading = this.#given
      ? validateQuestionnaire(this.#given.value)
      : loadQuestionnaire(settings.questionnaire, document.baseURI, builtins);
    // A host-supplied questionnaire waits for a fetch and the validator: meanwhile a calm loading
    // state (a built-in resolves at once, before anything could paint).
    if (this.#given || settings.questionnaire?.kind === 'url') this.#showLoading(settings.lang);
    loading.then(done, (error: unknown) =>
      done({ ok: false, problems: [{ path: 'questionnaire', message: `could not be loaded: ${String(error)}` }] }),
    );
  }

  #showLoading(lang: string | undefined): void {
    try {
      render(null, this.#root);
    } catch {
      // Nothing was mounted that could not be dropped; the loading state replaces the DOM anyway.
    }
    this.#failed = true; // Preact must not reuse the loading state's DOM (see #renderWidget)
    renderLoading(this.#root, errorLanguage(lang ?? this.getAttribute('lang') ?? undefined));
  }

  #renderWidget(questionnaire: Questionnaire, settings: EmbedSettings): void {
    // Preact leaves DOM it did not create: take the error message away before the quiz returns.
    if (this.#failed) this.#root.replaceChildren();
    this.#failed = false;
    const store = settings.persist ? this.#store(questionnaire) : null;
    // `persist` removed mid-quiz: what was saved goes too (the host no longer asks to keep it).
    if (!store) this.#saved?.write(null);
    this.#saved = store;
    const props: QuizWidgetProps = {
      ...widgetProps(questionnaire, settings, store, this.#clinician()?.view),
      onStart: () => fireQuizEvent(this, 'stages-quiz:start', { questionnaire: { id: questionnaire.id, version: questionnaire.version } }),
      onComplete: (completion: QuizCompletion) => {
        store?.write(null);
        fireQuizEvent(this, 'stages-quiz:complete', completion);
      },
      // The widget calls this only under share-words; checked here again, as the host's promise.
      onWords: settings.shareWords ? (words) => fireQuizEvent(this, 'stages-quiz:words', words) : undefined,
    };
    const onError = (error: unknown) => {
      console.error(error);
      this.#sourceKey = '';
      this.#fail([{ path: '', message: `the quiz stopped: ${String(error)}` }], settings.lang);
    };
    // The key remounts the widget (fresh answers) only when the questionnaire itself changed.
    render(h(WidgetBoundary, { onError }, h(QuizWidget, { ...props, key: this.#mount })), this.#root);
  }

  #store(questionnaire: Questionnaire): SnapshotStore {
    const all = [...document.querySelectorAll('stages-quiz')];
    const slot = this.id || String(all.indexOf(this));
    return sessionSnapshotStore(snapshotKey(location.pathname, slot, questionnaire));
  }

  #fail(problems: readonly Problem[], lang: string | undefined, message?: EmbedErrorMessage): void {
    this.#failed = true;
    this.#questionnaire = null;
    try {
      render(null, this.#root);
    } catch {
      // The widget could not even unmount; the message below replaces its DOM anyway.
    }
    renderEmbedError(this.#root, problems, errorLanguage(lang ?? this.getAttribute('lang') ?? undefined), message);
    fireQuizEvent(this, 'stages-quiz:error', { problems });
  }
}

function sourceKey(settings: EmbedSettings): string {
  const source = settings.questionnaire;
  if (!source) return 'builtin:quick';
  return source.kind === 'builtin' ? `builtin:${source.id}` : `url:${source.url}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'stages-quiz': StagesQuizElement;
  }
}
