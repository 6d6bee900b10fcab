/** English for the `selfServicePages` section (nl-self-service-pages.ts); the type makes a missing or extra key an error. */
import type { selfServicePages as Nl } from "./nl-self-service-pages";

export const selfServicePages: typeof Nl = {};
