// Types only (see vue.d.ts); importing it does nothing.
export {};
