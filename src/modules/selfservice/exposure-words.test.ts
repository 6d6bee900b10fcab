import { describe, expect, it } from "vitest";
import type { ExposureState } from "@/modules/engagement/server";
import { notOnListReason } from "./exposure-words";

describe("the entrepreneur's reason for not being on the public list", () => {
  it("names the real reason for every exposure state, in different words", () => {
    const states: (ExposureState | null)[] = ["STOPPED", "PARKED", "DOUBT", "NOT_ACTIVE", "EXPOSABLE"];
    const texts = states.map((s) => notOnListReason(s, true));
    expect(new Set(texts).size).toBe(states.length);
    expect(notOnListReason("DOUBT", true)).toMatch(/kijkt eerst nog/);
    expect(notOnListReason("PARKED", true)).toMatch(/stilgezet/);
    expect(notOnListReason("STOPPED", true)).toMatch(/pauze/);
  });

  it("tells apart waiting for the entrepreneur's confirmation and waiting for the gemeente", () => {
    expect(notOnListReason("NOT_ACTIVE", false)).toMatch(/nog niet hebt bevestigd/);
    expect(notOnListReason("NOT_ACTIVE", true)).toMatch(/gemeente moet jullie samenwerking nog starten/);
  });

  it("uses no staff jargon", () => {
    for (const s of ["STOPPED", "PARKED", "DOUBT", "NOT_ACTIVE", "EXPOSABLE"] as const) {
      for (const ack of [true, false]) expect(notOnListReason(s, ack)).not.toMatch(/twijfel|geparkeerd|vasthouden|versterken|exposable/i);
    }
  });
});
