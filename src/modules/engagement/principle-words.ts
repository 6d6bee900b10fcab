/**
 * The one wording of "no procurement advantage" (docs/terminology.md): "geen voordeel" + this clause.
 * Every text that names the rule uses it: the refusals, the first-contact mail's fixed
 * sentence, the screening reason, the public partner page, the entrepreneur's forms (nl.ts) and the API
 * document. principle-words.test.ts fails on any other wording. No imports: client components read it too.
 */
export const WHEN_THE_GEMEENTE_BUYS = "als de gemeente iets inkoopt of een opdracht geeft";
