/** Part of the Dutch catalogue (nl.ts, which assembles it): the `gemeentePages` section. */
/** Staff pages of the gemeente's own setup: the start page and layout, log, house style, settings for entrepreneurs, the offer (aanbod), and their components. Always "je". */
export const gemeentePages = {};
