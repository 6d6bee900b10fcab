import { ensureTemplate } from "./test-db";

/** Migrate (or reuse) the template database once per run; each test file copies it. */
export default async function setup() {
  // Embedded fallback (scripts/test.ts): no server to hold a template; the embedded tests bring their own.
  if (process.env.TEST_DB_MODE === "embedded-only") return;
  await ensureTemplate();
}
