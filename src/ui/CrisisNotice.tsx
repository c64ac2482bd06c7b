import type { CrisisSetting } from './quiz-widget-props';
import { safeHref } from './safe-href';
import type { ResultStrings } from './result-strings';

export interface CrisisNoticeProps {
  readonly setting?: CrisisSetting;
  readonly strings: ResultStrings;
}

/** The crisis notice: the US 988 Lifeline by default, a practice's own text, or nothing. */
export function CrisisNotice({ setting = { kind: 'default' }, strings }: CrisisNoticeProps) {
  if (setting.kind === 'hidden') return null;
  const custom = setting.kind === 'custom';
  const href = custom ? safeHref(setting.href, ['tel:', 'sms:', 'https:']) : undefined;
  return (
    <div class="sq-crisis" part="crisis">
      <h3 class="sq-crisis-heading">{strings.crisisHeading}</h3>
      <p class="sq-crisis-text">{custom ? setting.text : strings.crisisText}</p>
      {custom ? (
        href && (
          <p class="sq-crisis-links">
            <a class="sq-crisis-link" href={href}>
              {strings.crisisLink(href)}
            </a>
          </p>
        )
      ) : (
        <p class="sq-crisis-links">
          <a class="sq-crisis-link" href="tel:988">
            {strings.crisisCall}
          </a>
          <a class="sq-crisis-link" href="sms:988">
            {strings.crisisTextLink}
          </a>
        </p>
      )}
    </div>
  );
}
