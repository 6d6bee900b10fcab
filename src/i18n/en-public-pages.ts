/** English for the `publicPages` section (nl-public-pages.ts); the type makes a missing or extra key an error. */
import type { publicPages as Nl } from "./nl-public-pages";

export const publicPages: typeof Nl = {};
