/** English for the `signalsPages` section (nl-signals-pages.ts); the type makes a missing or extra key an error. */
import type { signalsPages as Nl } from "./nl-signals-pages";

export const signalsPages: typeof Nl = {};
