import { describe, expect, it } from "vitest";
import type { PipelineStep, SignalOutcome, SignalSource, SignalStatus } from "@/generated/prisma/enums";
import { SIGNAL_OUTCOMES, SIGNAL_STATUSES } from "@/modules/signals/flow";
import { SIGNAL_SOURCES } from "@/modules/signals/schemas";
import { PIPELINE_STEPS } from "@/modules/plan/server/indicators";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe("status and step lists come from the database enums", () => {
  it("keep the order the interface lists them in", () => {
    expect(SIGNAL_STATUSES).toEqual([
      "ONTVANGEN",
      "BEOORDEELD",
      "EERSTE_INTAKE",
      "TEAM_WELZIJN",
      "TEAM_EENZAAMHEID",
      "VRIJWILLIGER",
      "DOORVERWEZEN",
      "AFGESLOTEN",
      "GEANNULEERD",
    ]);
    expect(SIGNAL_OUTCOMES).toEqual(["DEELGENOMEN", "AFGEWEZEN", "GEEN_CONTACT", "ELDERS_GEHOLPEN"]);
    expect(SIGNAL_SOURCES).toEqual(["PUBLIEK_FORMULIER", "PARTNER", "ONDERNEMER", "LOKET_TELEFOON"]);
    expect(PIPELINE_STEPS).toEqual(["VOORBEREIDEN", "VERBINDEN", "VERLEIDEN", "VASTHOUDEN", "VERSTERKEN"]);
  });

  it("type-level: each list's type is exactly the Prisma enum type", () => {
    const checks: [
      Same<(typeof SIGNAL_STATUSES)[number], SignalStatus>,
      Same<(typeof SIGNAL_OUTCOMES)[number], SignalOutcome>,
      Same<(typeof SIGNAL_SOURCES)[number], SignalSource>,
      Same<(typeof PIPELINE_STEPS)[number], PipelineStep>,
    ] = [true, true, true, true];
    expect(checks.every(Boolean)).toBe(true);
  });
});
