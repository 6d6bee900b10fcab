/**
 * Dependency gate without `npm audit` (the registry mirror here answers 405 to audit requests):
 * the INSTALLED versions (node_modules/<pkg>/package.json) must include the fixes for
 *   next      ≥ 16.0.7   CVE-2025-29927 (middleware bypass), CVE-2025-55182 / CVE-2025-66478 (RSC RCE)
 *   react     ≥ 19.2.1   CVE-2025-55182 (react-server-dom)
 *   react-dom ≥ 19.2.1
 *   next-auth ≥ 4.24.12  e-mail sign-in advisories (GHSA-5jpx-9hw9-2fx4 and earlier)
 * Usage: npx tsx scripts/check-versions.ts   (exit 1 when a minimum is not met)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const MINIMUMS: Record<string, { min: string; why: string }> = {
  next: { min: "16.0.7", why: "CVE-2025-29927, CVE-2025-55182, CVE-2025-66478" },
  react: { min: "19.2.1", why: "CVE-2025-55182" },
  "react-dom": { min: "19.2.1", why: "CVE-2025-55182" },
  "next-auth": { min: "4.24.12", why: "next-auth e-mail sign-in advisories" },
};

/** Compare x.y.z (pre-release tags sort before the release). */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core, pre] = v.replace(/^v/, "").split("-", 2);
    return { nums: core.split(".").map((n) => Number(n) || 0), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre && !y.pre) return -1;
  if (!x.pre && y.pre) return 1;
  return 0;
}

export function installedVersion(pkg: string, root = process.cwd()): string {
  return JSON.parse(readFileSync(path.join(root, "node_modules", pkg, "package.json"), "utf8")).version;
}

export function checkVersions(root = process.cwd()) {
  return Object.entries(MINIMUMS).map(([pkg, { min, why }]) => {
    const installed = installedVersion(pkg, root);
    return { pkg, installed, min, why, ok: compareVersions(installed, min) >= 0 };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const results = checkVersions();
  for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.pkg} ${r.installed} (minimum ${r.min}: ${r.why})`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
