import type { Problem } from '../core/types';
import { formFields, type FieldSpec, type FormSettings } from './setting-fields';
import type { SetupStrings } from './setup-strings';

export interface SettingsFormProps {
  readonly settings: FormSettings;
  /** parseSettings' problems; each shows under the field its path names. */
  readonly problems: readonly Problem[];
  readonly strings: SetupStrings;
  readonly onChange: (name: string, value: string | undefined) => void;
}

/** One field per setting in SETTING_NAMES (see setting-fields.ts), each labelled, its problem tied to it. */
export function SettingsForm({ settings, problems, strings, onChange }: SettingsFormProps) {
  return (
    <fieldset class="su-fieldset">
      <legend>{strings.settingsHeading}</legend>
      {formFields(settings).map(({ name, spec }) => {
        const problem = problems.find((p) => p.path === name);
        return <Field key={name} name={name} spec={spec} value={settings[name]} problem={problem && strings.settingProblem(name, problem.message)} strings={strings} onChange={onChange} />;
      })}
    </fieldset>
  );
}

interface FieldProps {
  readonly name: string;
  readonly spec: FieldSpec;
  readonly value: string | undefined;
  readonly problem: string | undefined;
  readonly strings: SetupStrings;
  readonly onChange: (name: string, value: string | undefined) => void;
}

function Field({ name, spec, value, problem, strings, onChange }: FieldProps) {
  const id = `su-${name}`;
  const words = strings.fields[name] ?? { label: name };
  const described = [words.hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ') || undefined;
  const hint = words.hint && (
    <p class="su-hint" id={`${id}-hint`}>
      {words.hint}
    </p>
  );
  const error = problem && (
    <p class="su-problem" id={`${id}-problem`}>
      {problem}
    </p>
  );
  const set = (v: string) => onChange(name, v === '' ? undefined : v);

  if (spec.kind === 'checkbox') {
    return (
      <div class="su-field su-check">
        <input id={id} type="checkbox" checked={value !== undefined && value !== 'false'} aria-describedby={described}
          onChange={(e) => onChange(name, e.currentTarget.checked ? '' : undefined)} />
        <label for={id}>{words.label}</label>
        {hint}
        {error}
      </div>
    );
  }
  if (spec.kind === 'crisis') {
    const choice = value === undefined ? '' : value.toLowerCase() === 'none' ? 'none' : 'custom';
    const text = strings.fields['crisis-text']!;
    return (
      <div class="su-field">
        <label for={id}>{words.label}</label>
        <select id={id} value={choice} onChange={(e) => {
          const v = e.currentTarget.value;
          onChange(name, v === '' ? undefined : v === 'none' ? 'none' : '');
        }}>
          {['', 'none', 'custom'].map((v) => (
            <option key={v} value={v}>{strings.choices[`crisis:${v}`]}</option>
          ))}
        </select>
        {choice === 'custom' && (
          <>
            <label for={`${id}-text`}>{text.label}</label>
            <textarea id={`${id}-text`} rows={3} maxLength={300} value={value} aria-describedby={`${id}-text-hint${problem ? ` ${id}-problem` : ''}`}
              aria-invalid={problem ? true : undefined} onInput={(e) => onChange(name, e.currentTarget.value)} />
            <p class="su-hint" id={`${id}-text-hint`}>{text.hint}</p>
          </>
        )}
        {error}
      </div>
    );
  }
  if (spec.kind === 'select') {
    return (
      <div class="su-field">
        <label for={id}>{words.label}</label>
        <select id={id} value={value ?? ''} aria-describedby={described} aria-invalid={problem ? true : undefined}
          onChange={(e) => set(e.currentTarget.value)}>
          {spec.options.map((v) => (
            <option key={v} value={v}>{strings.choices[`${name}:${v}`] ?? v}</option>
          ))}
        </select>
        {hint}
        {error}
      </div>
    );
  }
  return (
    <div class="su-field">
      <label for={id}>{words.label}</label>
      <input id={id} type="text" inputMode={spec.type === 'number' ? 'decimal' : spec.type === 'url' ? 'url' : undefined}
        value={value ?? ''} aria-describedby={described} aria-invalid={problem ? true : undefined}
        onInput={(e) => set(e.currentTarget.value)} />
      {hint}
      {error}
    </div>
  );
}
