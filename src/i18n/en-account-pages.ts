/** English for the `accountPages` section (nl-account-pages.ts); the type makes a missing or extra key an error. */
import type { accountPages as Nl } from "./nl-account-pages";

export const accountPages: typeof Nl = {};
