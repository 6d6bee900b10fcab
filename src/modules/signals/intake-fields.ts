/**
 * The intake form's fields, in form order, for the server action and the browser
 * (src/lib/input/form-values.ts). On its own, so the public worry page loads no other form's list.
 */
import type { FormFields } from "@/lib/input/form-values";

/**
 * The intake (public worry form and the loket's phone intake). The hulpvraag and risk group are
 * only on the phone intake (empty = not chosen); the public intake ignores them. `token` and
 * `website` (the honeypot) are the public form's abuse protection (server/public-intake.ts).
 */
export const INTAKE_FORM = {
  residentName: "text",
  residentContact: "text",
  wijk: "text",
  situation: "text",
  category: "optional",
  riskGroup: "optional",
  reporterName: "text",
  reporterContact: "text",
  reporterEmail: "text",
  token: "text",
  website: "text",
} as const satisfies FormFields;
