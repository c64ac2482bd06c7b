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
  const [activity, setActivity] = useActivity(root, active);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    setSecondsLeft(null);
    if (!active) return;
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
  }, [activity, active, idleMinutes]);

  return { secondsLeft, stay: () => setActivity((n) => n + 1) };
}

/** Counts input inside `root` while `active` (each event bumps the count), and lets a caller bump it too. */
function useActivity(root: { current: HTMLElement | null }, active: boolean) {
  const [activity, setActivity] = useState(0);
  useEffect(() => {
    const el = root.current;
    if (!el || !active) return;
    const bump = (event: Event) => {
      // A box or option ticked was already counted at its pointerdown or keydown; counting its
      // `input` too would re-render between that and its `change`, putting the old tick back.
      const target = event.target as HTMLInputElement;
      if (event.type === 'input' && (target.type === 'checkbox' || target.type === 'radio')) return;
      setActivity((n) => n + 1);
    };
    for (const type of ACTIVITY) el.addEventListener(type, bump, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) el.removeEventListener(type, bump, { capture: true });
    };
  }, [active, root.current]);
  return [activity, setActivity] as const;
}

/**
 * Calls `onTimeout` once after `minutes` without input inside `root` while `active`: no warning,
 * for harmless steps such as locking the summary (the PIN brings it back).
 */
export function useInactivity(root: { current: HTMLElement | null }, minutes: number, active: boolean, onTimeout: () => void): void {
  const [activity] = useActivity(root, active);
  const timeout = useRef(onTimeout);
  timeout.current = onTimeout;
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => timeout.current(), minutes * 60_000);
    return () => clearTimeout(timer);
  }, [activity, active, minutes]);
}
