import { useEffect } from 'preact/hooks';

/**
 * While `active`, leaving the page (a reload, a back swipe, a link, closing the tab) makes the
 * browser ask first: for what lives only in memory here and would be lost with the page.
 */
export function useLeaveGuard(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [active]);
}
