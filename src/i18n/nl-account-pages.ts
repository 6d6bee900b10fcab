/** Part of the Dutch catalogue (nl.ts, which assembles it): the `accountPages` section. */
/** Signing in and the own account (/inloggen/**, /account): staff and entrepreneurs, both "je"; no jargon. */
export const accountPages = {};
