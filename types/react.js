// Types only (see react.d.ts); importing it does nothing.
export {};
