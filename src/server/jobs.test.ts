import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { JOBS, jobByName } from "./jobs";

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
