/**
 * A Prisma client on a pool from ./pool.ts, through @prisma/adapter-pg (Prisma 6.19, JavaScript
 * engine: docs/decisions/0001). The client owns the pool: $disconnect ends it.
 */
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function prismaOnPool(pool: pg.Pool) {
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
