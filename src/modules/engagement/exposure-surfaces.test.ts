/**
 * Every outward surface reads the one exposure predicate (server/exposure.ts). This list is the
 * map of those surfaces; a surface that stops using the predicate (or a new file that should)
 * shows up here. The behaviour itself is tested in tests/integration/principles-invariants.test.ts.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

const SURFACES: Array<[surface: string, file: string, predicate: string]> = [
  ["public register (page, API, self-service preview)", "src/modules/engagement/server/public-register.ts", "ACTIVE_COLLABORATION_WHERE"],
  ["exposure / celebration list", "src/modules/engagement/server/vasthouden.ts", "EXPOSABLE_VESTIGING_WHERE"],
  ["aanbod (page /g/[g]/aanbod)", "src/modules/offer/server/offers.ts", "FROM_EXPOSABLE_SOURCE_WHERE"],
  ["agenda and .ics", "src/modules/events/server/events.ts", "FROM_EXPOSABLE_SOURCE_WHERE"],
  ["event invitations (recipients)", "src/modules/events/server/invitations.ts", "NOT_HELD_WHERE"],
  ["event invitations (send job re-check)", "src/modules/events/jobs/send-invitations.ts", "NOT_HELD_WHERE"],
  ["coalition circles (candidates)", "src/modules/coalition/server/circles.ts", "EXPOSABLE_VESTIGING_WHERE"],
  ["coalition circles (placement)", "src/modules/engagement/server/circle-placement.ts", "assertExposable"],
  ["publishing an entrepreneur's offer item", "src/modules/engagement/server/offer-items.ts", "assertExposable"],
];

describe("outward surfaces read the exposure predicate", () => {
  for (const [surface, file, predicate] of SURFACES) {
    it(`${surface}: ${file} uses ${predicate}`, () => {
      const source = readFileSync(path.join(ROOT, file), "utf8");
      expect(source).toMatch(new RegExp(`\\b${predicate}\\b`));
    });
  }

  it("the public register's filter is the exposure predicate itself", () => {
    const source = readFileSync(path.join(ROOT, "src/modules/engagement/server/vasthouden.ts"), "utf8");
    expect(source).toContain("export const ACTIVE_COLLABORATION_WHERE = EXPOSABLE_VESTIGING_WHERE;");
  });
});
