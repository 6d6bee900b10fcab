/** English for the `legalPages` section (nl-legal-pages.ts); the type makes a missing or extra key an error. */
import type { legalPages as Nl } from "./nl-legal-pages";

export const legalPages: typeof Nl = {};
