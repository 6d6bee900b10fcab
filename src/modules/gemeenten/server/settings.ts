/**
 * Gemeente.settings is one JSON object in which each module keeps its own part: the theme, the
 * wijken, the public contact, `signals` and `engagement`. This is its one reader and its one writer,
 * so no module normalises or merges the object by hand (and none drops another module's part).
 * Both take the caller's database handle, so a read and a write can share one transaction.
 */
import type { Db } from "@/lib/db/tenant";
import { settingsObject } from "../settings";

/** The gemeente's settings (an empty object when none are stored). */
export async function readSettings(db: Db, gemeenteId: string): Promise<Record<string, unknown>> {
  const g = await db.gemeente.findUnique({ where: { id: gemeenteId }, select: { settings: true } });
  return settingsObject(g?.settings);
}

/**
 * Merge `patch` into the settings: a key set to undefined is removed, every other key stays.
 * With `part`, the patch is merged into that part instead (its other keys stay too). Returns what was
 * written: the whole settings, or the part. A caller that has just read the settings in the same
 * transaction (to compare before and after) passes them as `current` instead of reading them again.
 */
export async function writeSettings(
  db: Db,
  gemeenteId: string,
  patch: Record<string, unknown>,
  opts: { part?: string; current?: Record<string, unknown> } = {},
): Promise<Record<string, unknown>> {
  const current = opts.current ?? (await readSettings(db, gemeenteId));
  const merge = (base: Record<string, unknown>) => {
    const out = { ...base };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete out[k];
      else out[k] = v;
    }
    return out;
  };
  const written = opts.part ? merge(settingsObject(current[opts.part])) : merge(current);
  const settings = opts.part ? { ...current, [opts.part]: written } : written;
  await db.gemeente.update({ where: { id: gemeenteId }, data: { settings: settings as object } });
  return written;
}
