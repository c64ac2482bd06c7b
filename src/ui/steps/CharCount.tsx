import { useEffect, useState } from 'preact/hooks';

export interface CharCountProps {
  readonly id: string;
  /** The text typed so far. */
  readonly text: string;
  readonly max: number;
  readonly format: (left: number, max: number) => string;
}

/**
 * Characters left under a box: shown at once, and read out politely once the person pauses
 * typing (a count on every key would drown out what they type). The field points at the shown
 * count with aria-describedby, so it is also read when the field takes focus.
 */
export function CharCount({ id, text, max, format }: CharCountProps) {
  // Counted as the box's maxLength counts (UTF-16 units: an emoji may be two), so the count and
  // the box agree on when it is full.
  const left = max - text.length;
  const [spoken, setSpoken] = useState('');
  // A new language (another `format`): the last count read out is in the old one, so it goes.
  useEffect(() => setSpoken(''), [format]);
  useEffect(() => {
    if (text === '') return;
    const timer = setTimeout(() => setSpoken(format(left, max)), 900);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <>
      <p class={left <= 10 ? 'sq-count is-low' : 'sq-count'} id={id}>
        {format(left, max)}
      </p>
      <span class="sq-visually-hidden" aria-live="polite">
        {spoken}
      </span>
    </>
  );
}
