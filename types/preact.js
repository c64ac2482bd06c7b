// Types only (see preact.d.ts); importing it does nothing.
export {};
