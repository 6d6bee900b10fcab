/** English for the `adminPages` section (nl-admin-pages.ts); the type makes a missing or extra key an error. */
import type { adminPages as Nl } from "./nl-admin-pages";

export const adminPages: typeof Nl = {};
