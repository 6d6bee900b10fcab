/** English for the `planPages` section (nl-plan-pages.ts); the type makes a missing or extra key an error. */
import type { planPages as Nl } from "./nl-plan-pages";

export const planPages: typeof Nl = {};
