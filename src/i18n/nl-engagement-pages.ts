/** Part of the Dutch catalogue (nl.ts, which assembles it): the `engagementPages` section. */
/** Staff pages about entrepreneurs (/app/<gemeente>/ondernemers/**) and the engagement components. Always "je". */
export const engagementPages = {};
