/** Part of the Dutch catalogue (nl.ts, which assembles it): the `signalsPages` section. */
/** Staff pages about signals (/app/<gemeente>/signalen/**) and the signals components. Always "je". */
export const signalsPages = {};
