/** English for the `engagementPages` section (nl-engagement-pages.ts); the type makes a missing or extra key an error. */
import type { engagementPages as Nl } from "./nl-engagement-pages";

export const engagementPages: typeof Nl = {};
