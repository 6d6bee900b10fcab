/**
 * Issue 17, item 9: the static files of the top-level public/ folder that a Dutch public service is
 * expected to have: /.well-known/security.txt (RFC 9116) and robots.txt.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const PUBLIC = path.resolve(import.meta.dirname, "../../public");

function fields(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!m) continue;
    out.set(m[1].toLowerCase(), [...(out.get(m[1].toLowerCase()) ?? []), m[2].trim()]);
  }
  return out;
}

describe("security.txt (RFC 9116)", () => {
  const text = readFileSync(path.join(PUBLIC, ".well-known/security.txt"), "utf8");
  const f = fields(text);

  it("has Contact, Expires, Preferred-Languages and Canonical", () => {
    for (const name of ["contact", "expires", "preferred-languages", "canonical"]) expect(f.get(name), name).toBeDefined();
    expect(f.get("contact")![0]).toMatch(/^(mailto:|https:\/\/)/);
    expect(f.get("canonical")![0]).toMatch(/^https:\/\/.+\/\.well-known\/security\.txt$/);
    expect(f.get("preferred-languages")![0].split(/,\s*/)).toContain("nl");
  });

  it("has exactly one Expires, in the future and less than a year ahead (renew the file before it lapses)", () => {
    expect(f.get("expires")).toHaveLength(1);
    const expires = new Date(f.get("expires")![0]);
    expect(Number.isNaN(expires.getTime())).toBe(false);
    const days = (expires.getTime() - Date.now()) / 86_400_000;
    expect(days, "security.txt Expires has passed or is too close: set a new date").toBeGreaterThan(14);
    expect(days).toBeLessThanOrEqual(366);
  });
});

describe("robots.txt", () => {
  it("keeps the logged-in app and the API out of search engines", () => {
    const text = readFileSync(path.join(PUBLIC, "robots.txt"), "utf8");
    for (const p of ["/app/", "/beheer/", "/api/"]) expect(text).toContain(`Disallow: ${p}`);
  });
});
