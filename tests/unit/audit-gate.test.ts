import { describe, expect, it } from "vitest";
import { auditVerdict } from "../../scripts/audit-gate";

const report = (vulnerabilities: Record<string, number>, list: Record<string, { severity: string }> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities: list,
    metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...vulnerabilities } },
  });

describe("audit gate", () => {
  it("passes a report without high or critical findings (low and moderate are reported, not fatal)", () => {
    expect(auditVerdict(report({ low: 2, moderate: 1 }))).toMatchObject({ kind: "clean" });
  });

  it("fails on a high or a critical finding and names the packages", () => {
    const v = auditVerdict(
      report({ high: 1, critical: 1 }, { next: { severity: "critical" }, "some-lib": { severity: "high" }, other: { severity: "low" } }),
    );
    expect(v).toEqual({
      kind: "findings",
      counts: expect.objectContaining({ high: 1, critical: 1 }),
      packages: ["next (critical)", "some-lib (high)"],
    });
  });

  it("an unreachable audit endpoint is UNAVAILABLE, never clean (the 405 this registry gives)", () => {
    const npm405 = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      body: "",
      error: { summary: "", detail: "" },
    });
    expect(auditVerdict(npm405)).toEqual({ kind: "unavailable", reason: expect.stringContaining("HTTP 405") });
    expect(auditVerdict("")).toMatchObject({ kind: "unavailable" });
    expect(auditVerdict("npm error code ENOTFOUND")).toMatchObject({ kind: "unavailable" });
  });
});
