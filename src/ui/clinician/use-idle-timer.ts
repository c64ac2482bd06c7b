import { useEffect, useRef, useState } from 'preact/hooks';

/** Events that count as someone using the widget. */
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** How long the warning counts down before clearing: a minute, less for very short idle times. */
export function warningSeconds(idleMinutes: number): number {
  return Math.min(60, Math.max(1, Math.round((idleMinutes * 60) / 2)));
}

/**
 * Watches for input inside `root`. After `idleMinutes` without any, it reports a countdown
 * (seconds left); any input, or `stay()`, cancels it; at zero it calls `onExpire`.
 * Inactive when `active` is false.
 */
export function useIdleTimer(
  root: { current: HTMLElement | null },
  idleMinutes: number,
  active: boolean,
  onExpire: () => void,
): { secondsLeft: number | null; stay: () => void } {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const expire = useRef(onExpire);
  expire.current = onExpire;
  if (!active && secondsLeft !== null) setSecondsLeft(null);

  const restart = useTimerOnInput(root, active, idleMinutes, () => {
    // A state update only when the warning is showing: input alone never re-renders the intake.
    setSecondsLeft(null);
    let countdown: ReturnType<typeof setInterval> | undefined;
    const idle = setTimeout(() => {
      let left = warningSeconds(idleMinutes);
      setSecondsLeft(left);
      countdown = setInterval(() => {
        left -= 1;
        if (left > 0) {
          setSecondsLeft(left);
          return;
        }
        clearInterval(countdown);
        setSecondsLeft(null);
        expire.current();
      }, 1000);
    }, idleMinutes * 60_000);
    return () => {
      clearTimeout(idle);
      clearInterval(countdown);
    };
  });

  return { secondsLeft, stay: restart };
}

/**
 * Calls `onTimeout` once after `minutes` without input inside `root` while `active`: no warning,
 * for harmless steps such as locking the summary (the PIN brings it back).
 */
export function useInactivity(root: { current: HTMLElement | null }, minutes: number, active: boolean, onTimeout: () => void): void {
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;
  useTimerOnInput(root, active, minutes, () => {
    const timer = setTimeout(() => timeout.current(), minutes * 60_000);
    return () => clearTimeout(timer);
  });
}

/**
 * While `active`, runs `start` (which sets timers and returns what stops them), and runs it afresh
 * at every input inside `root`; the returned function does the same on demand. The restart happens
 * in the event listener itself, with no state and so no re-render: a re-render between an input's
 * events (a box's `input` and its `change`, say) could undo what the person just did.
 */
function useTimerOnInput(root: { current: HTMLElement | null }, active: boolean, minutes: number, start: () => () => void): () => void {
  const restart = useRef(() => {});
  const begin = useRef(start);
  begin.current = start;
  useEffect(() => {
    if (!active) return;
    let stop = begin.current();
    const again = () => {
      stop();
      stop = begin.current();
    };
    restart.current = again;
    const el = root.current;
    for (const type of ACTIVITY) el?.addEventListener(type, again, { capture: true, passive: true });
    return () => {
      stop();
      restart.current = () => {};
      for (const type of ACTIVITY) el?.removeEventListener(type, again, { capture: true });
    };
  }, [active, minutes, root.current]);
  return () => restart.current();
}
