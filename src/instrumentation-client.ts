/**
 * Runs in the browser before the app hydrates (Next.js instrumentation-client).
 *
 * zod 4 probes `new Function("")` when it builds an object schema, to see whether it may compile a
 * fast parser. Our Content-Security-Policy forbids eval (src/lib/http/csp.ts), so the probe fails
 * anyway, but the browser reports every blocked attempt as a CSP violation (Lighthouse: "Issues
 * were logged in the Issues panel"). `jitless` tells zod not to probe. Set through zod's global
 * config object (zod reads `globalThis.__zod_globalConfig`) so this file does not pull zod into
 * pages that have no forms.
 */
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = { ...(g.__zod_globalConfig ?? {}), jitless: true };
