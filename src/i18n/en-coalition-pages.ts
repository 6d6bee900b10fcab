/** English for the `coalitionPages` section (nl-coalition-pages.ts); the type makes a missing or extra key an error. */
import type { coalitionPages as Nl } from "./nl-coalition-pages";

export const coalitionPages: typeof Nl = {};
