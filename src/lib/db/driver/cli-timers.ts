/**
 * For the Prisma CLI only (prisma.config.ts): the JS schema engine leaves long-lived timers behind
 * once the command has finished, which keeps the CLI idle for up to a minute. The CLI's real work
 * waits on sockets, so unref'd timers are safe there. Never call this in the app or a worker.
 */
export function unrefTimersForCli(): void {
  const originalSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
    const t = originalSetTimeout(...args);
    (t as unknown as { unref?: () => void }).unref?.();
    return t;
  }) as typeof setTimeout;
}
