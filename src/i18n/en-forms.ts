/** English for the `forms` section (nl-forms.ts); the type makes a missing or extra key an error. */
import type { forms as Nl } from "./nl-forms";

export const forms: typeof Nl = {
  optional: " (optional)",
  saving: "Saving…",
};
