// postinstall: generate the Prisma client. `prisma generate` never connects to a database, but the
// CLI needs DATABASE_URL set to stay on the JavaScript engine (docs/decisions/0001), so a fresh
// clone without one gets a placeholder here. Fails loudly when generation fails.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || "postgresql://postgres@localhost:5432/placeholder",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const cli = path.resolve("node_modules/prisma/build/index.js");
const r = spawnSync(process.execPath, [cli, "generate"], { env, stdio: "inherit" });
if (r.status !== 0 || !fs.existsSync(path.resolve("src/generated/prisma/client.ts"))) {
  console.error("prisma generate failed: no client in src/generated/prisma");
  process.exit(1);
}
