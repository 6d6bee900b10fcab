import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { JOBS, jobByName } from "./jobs";
import { sourceFiles } from "../../tests/support/source-files";

describe("defineJob", () => {
  it("accepts domain.verb-noun names and refuses others", () => {
    expect(defineJob("mail.send", z.object({}), async () => undefined).name).toBe("mail.send");
    expect(defineJob("signals.daily-digest", z.object({}), async () => undefined).name).toBe("signals.daily-digest");
    for (const bad of ["", "Mail.Send", "mail send", "1mail", "mail..send", "mail.send;drop"]) {
      expect(() => defineJob(bad, z.object({}), async () => undefined)).toThrow(/Invalid job name/);
    }
  });
});

describe("registry", () => {
  it("has unique job names and finds each by name", () => {
    const names = JOBS.map((j) => j.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(jobByName(name)?.name).toBe(name);
    expect(jobByName("does.not-exist")).toBeUndefined();
  });

  it("mail.send refuses a payload without a valid address", () => {
    const mail = jobByName("mail.send")!;
    expect(mail.schema.safeParse({ to: "x@example.test", subject: "Hoi", text: "Tekst" }).success).toBe(true);
    expect(mail.schema.safeParse({ to: "geen-adres", subject: "Hoi", text: "Tekst" }).success).toBe(false);
  });
});

describe("every job defined in the code is in JOBS", () => {
  it("a defineJob(...) outside tests that the workers do not run would be enqueued and never worked", async () => {
    const fs = await import("node:fs");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "..");
    const defined = sourceFiles(root).flatMap((f) =>
      [...fs.readFileSync(f, "utf8").matchAll(/defineJob\(\s*"([a-z0-9./_-]+)"/g)].map((m) => m[1]!),
    );
    expect(defined.length).toBeGreaterThan(5);
    expect([...new Set(defined)].sort()).toEqual(JOBS.map((j) => j.name).sort());
  });
});
