/** Discovery on disk: server action modules, route handlers, zod schema modules, pages. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export function walk(dir: string, match: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, match);
    return match(name) ? [full] : [];
  });
}

export const rel = (file: string) => path.relative(ROOT, file);

/** src/modules/<m>/actions.ts */
export function actionModules(): string[] {
  const modules = path.join(ROOT, "src/modules");
  return readdirSync(modules)
    .map((m) => path.join(modules, m, "actions.ts"))
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
}

/** src/modules/<m>/schemas.ts */
export function schemaModules(): string[] {
  return actionModules()
    .map((f) => path.join(path.dirname(f), "schemas.ts"))
    .concat(readdirSync(path.join(ROOT, "src/modules")).map((m) => path.join(ROOT, "src/modules", m, "schemas.ts")))
    .filter((f, i, all) => all.indexOf(f) === i)
    .filter((f) => {
      try {
        return statSync(f).isFile();
      } catch {
        return false;
      }
    });
}

export const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;

/** Every src/app/**\/route.ts with the HTTP methods it exports (read from the source). */
export function routeHandlers(): { file: string; route: string; methods: string[]; source: string }[] {
  return walk(path.join(ROOT, "src/app"), (n) => n === "route.ts" || n === "route.tsx").map((file) => {
    const source = readFileSync(file, "utf8");
    const methods = ["GET", "HEAD", "OPTIONS", ...MUTATING].filter((m) =>
      new RegExp(`export\\s+(const|async\\s+function|function)\\s+${m}\\b|as\\s+${m}\\b`).test(source),
    );
    const route = "/" + path.relative(path.join(ROOT, "src/app"), path.dirname(file)).split(path.sep).join("/");
    return { file, route, methods, source };
  });
}
