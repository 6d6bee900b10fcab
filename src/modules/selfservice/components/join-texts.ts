/**
 * The join form's texts as plain strings, made on the server from the catalogue (entrepreneur.join, and the gemeente
 * and sector choice of selfServicePages.form) and handed to the form as a prop: they travel in the page's HTML, not in
 * the form's script (first-load budget). The two texts with the gemeente's name keep a {gemeente} mark that the form
 * fills in.
 */
import type { Messages } from "@/i18n/messages";

type FormTexts = Messages["selfServicePages"]["form"];

export type JoinTexts = Omit<Messages["entrepreneur"]["join"], "done" | "pendingClaim"> & {
  done: string;
  pendingClaim: string;
} & Pick<FormTexts, "gemeente" | "sector" | "chooseSector">;

export function joinTexts(join: Messages["entrepreneur"]["join"], form: FormTexts): JoinTexts {
  return {
    ...join,
    done: join.done("{gemeente}"),
    pendingClaim: join.pendingClaim("{gemeente}"),
    gemeente: form.gemeente,
    sector: form.sector,
    chooseSector: form.chooseSector,
  };
}
