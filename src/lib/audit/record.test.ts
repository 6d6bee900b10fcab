import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every source file the application, its scripts and its seed run, without generated code and tests. */
function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const WRITER = path.resolve("src/lib/audit/record.ts");
const DIRECT = /\bauditEvent\s*\.\s*(create|createMany|createManyAndReturn|upsert)\s*\(|INSERT\s+INTO\s+"AuditEvent"/i;

describe("audit rows have one writer", () => {
  it("no code writes AuditEvent except src/lib/audit/record.ts (recordAudit, recordPlatformAudit)", () => {
    const files = ["src", "scripts", "prisma", "bench"].flatMap((d) => sourceFiles(path.resolve(d)));
    expect(files).toContain(WRITER);
    const offenders = files.filter((f) => f !== WRITER && DIRECT.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map((f) => path.relative(process.cwd(), f))).toEqual([]);
  });

  it("the check itself sees a direct write", () => {
    expect(DIRECT.test("await db.auditEvent.create({ data })")).toBe(true);
    expect(DIRECT.test('await owner.query(`INSERT INTO "AuditEvent" (id) VALUES ($1)`)')).toBe(true);
    expect(DIRECT.test("await recordAudit(db, ctx, { action })")).toBe(false);
  });
});
