/** Part of the Dutch catalogue (nl.ts, which assembles it): the `adminPages` section. */
/** The beheer pages, the API documentation and the admin components (identity providers, API keys). Always "je". */
export const adminPages = {};
