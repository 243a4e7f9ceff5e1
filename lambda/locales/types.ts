import type { en } from './en';

/** Where a locale's words differ from British English. Anything not listed falls back to `en`. */
export type Overrides = Partial<Record<keyof typeof en, string>>;
