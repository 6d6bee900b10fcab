import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../../../tests/support/source-files";

/** Every source file the application, its scripts and its seed run, without generated code and tests. */
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
