/** Part of the Dutch catalogue (nl.ts, which assembles it): the `selfServicePages` section. */
/** The entrepreneur's own pages (/ondernemer/**, /mijn-organisatie) and the self-service components. Always "je", no jargon. */
export const selfServicePages = {};
