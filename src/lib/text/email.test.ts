import { describe, expect, it } from "vitest";
import { isEmailAddress, MAX_EMAIL_LENGTH } from "./email";

describe("isEmailAddress", () => {
  it("accepts ordinary addresses and refuses broken ones", () => {
    for (const ok of ["a@b.nl", "jan.de.vries@gemeente-terneuzen.nl", "x+y@sub.domein.org"]) expect(isEmailAddress(ok), ok).toBe(true);
    for (const bad of ["", "a@b", "@b.nl", "a@.nl", "a@b.", "a b@c.nl", "a@b@c.nl", "a@b.nl\n", "a\u00a0@b.nl", "ab.nl"]) {
      expect(isEmailAddress(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it("refuses anything longer than 254 characters before looking at it", () => {
    expect(isEmailAddress(`${"a".repeat(MAX_EMAIL_LENGTH - 4)}@b.nl`)).toBe(false);
    expect(isEmailAddress(`${"a".repeat(MAX_EMAIL_LENGTH - 5)}@b.nl`)).toBe(true);
  });

  it("stays linear on the input that made the old pattern quadratic (a@ + a.×n + @)", () => {
    const evil = `a@${"a.".repeat(200_000)}@`;
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) isEmailAddress(evil);
    expect(performance.now() - t0).toBeLessThan(50);
    const nearLimit = `a@${"a.".repeat(120)}@`;
    const t1 = performance.now();
    for (let i = 0; i < 10_000; i++) isEmailAddress(nearLimit);
    expect(performance.now() - t1).toBeLessThan(200);
  });
});
