/**
 * Each integration test file gets its own database, copied from the migrated template, so files
 * run in parallel without seeing each other's rows. The app client connects as the app role
 * (RLS applies); `ownerQuery` connects as the owner for arranging and inspecting.
 */
import { afterAll } from "vitest";
import { createDatabaseFromTemplate, dropDatabase, urlFor } from "./test-db";
import { disconnectPrisma } from "../../src/lib/db/client";

const dbName = await createDatabaseFromTemplate("it");
process.env.DATABASE_URL = urlFor(dbName);
delete process.env.APP_DATABASE_URL;

afterAll(async () => {
  await disconnectPrisma();
  await dropDatabase(dbName);
});
