/** Part of the Dutch catalogue (nl.ts, which assembles it): the `legalPages` section. */
/** Privacy statement, accessibility statement and the shared page parts every audience sees: no "u", no "je", no jargon. */
export const legalPages = {};
