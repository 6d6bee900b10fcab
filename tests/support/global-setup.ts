import { ensureTemplate } from "./test-db";

/** Migrate (or reuse) the template database once per run; each test file copies it. */
export default async function setup() {
  await ensureTemplate();
}
