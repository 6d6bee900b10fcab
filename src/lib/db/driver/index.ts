/**
 * The database driver in one folder: the pool factory (./pool.ts), the adapter-pg 6.19
 * work-arounds (./pg-compat.ts), the Prisma client on a pool (./prisma.ts) and the CLI's timer
 * patch (./cli-timers.ts). prisma.config.ts imports the files directly (it must not load the
 * generated client); everything else imports from here.
 */
export { createPool } from "./pool";
export { prismaOnPool } from "./prisma";
