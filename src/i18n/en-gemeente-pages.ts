/** English for the `gemeentePages` section (nl-gemeente-pages.ts); the type makes a missing or extra key an error. */
import type { gemeentePages as Nl } from "./nl-gemeente-pages";

export const gemeentePages: typeof Nl = {};
