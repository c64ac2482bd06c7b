/**
 * Opt-in persistence of an unfinished quiz in sessionStorage (only with the `persist` attribute).
 * Storage can be disabled or full: every access is guarded and failure means "not persisted".
 */
export interface SnapshotStore {
  read(): unknown;
  /** Saves a snapshot; null (the quiz finished) removes it. */
  write(snapshot: unknown | null): void;
}

/** The sessionStorage key for one widget: page path, the element's id (or position) and the questionnaire. */
export function snapshotKey(path: string, slot: string, questionnaire: { id: string; version: string }): string {
  return `stages-quiz:${path}#${slot}:${questionnaire.id}@${questionnaire.version}`;
}

/** A store over sessionStorage under `key`. */
export function sessionSnapshotStore(key: string): SnapshotStore {
  return {
    read() {
      try {
        const text = window.sessionStorage.getItem(key);
        return text === null ? undefined : (JSON.parse(text) as unknown);
      } catch {
        return undefined;
      }
    },
    write(snapshot) {
      try {
        if (snapshot === null || snapshot === undefined) window.sessionStorage.removeItem(key);
        else window.sessionStorage.setItem(key, JSON.stringify(snapshot));
      } catch {
        // Storage disabled or full: the quiz still works, it just will not survive a reload.
      }
    },
  };
}
