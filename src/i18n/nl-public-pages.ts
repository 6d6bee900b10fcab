/** Part of the Dutch catalogue (nl.ts, which assembles it): the `publicPages` section. */
/** The public pages of a gemeente (/g/<gemeente>/**). Residents: always "u", no jargon. */
export const publicPages = {};
