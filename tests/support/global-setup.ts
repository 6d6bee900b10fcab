import { adminQuery, ensureTemplate } from "./test-db";

export default async function setup() {
  await ensureTemplate();
  return async () => {
    // Remove databases left by crashed runs (older than this run).
    const stale = await adminQuery<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'it\\_%'");
    for (const { datname } of stale.rows) {
      await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {});
    }
  };
}
