import { describe, expect, it } from "vitest";
import { amsterdamDay, amsterdamWeek } from "./calendar";

describe("amsterdamDay (the overdue digest's day)", () => {
  it("is the date on the Amsterdam calendar, not in UTC", () => {
    expect(amsterdamDay(new Date("2026-01-15T22:30:00Z"))).toBe("2026-01-15"); // 23:30 in winter (UTC+1)
    expect(amsterdamDay(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-16"); // 00:30 the next day
    expect(amsterdamDay(new Date("2026-07-15T21:30:00Z"))).toBe("2026-07-15"); // 23:30 in summer (UTC+2)
    expect(amsterdamDay(new Date("2026-07-15T22:30:00Z"))).toBe("2026-07-16"); // 00:30 the next day
  });
});

describe("amsterdamWeek (the due digest's week)", () => {
  it("is the Monday of the week on the Amsterdam calendar", () => {
    expect(amsterdamWeek(new Date("2026-11-23T06:00:00Z"))).toBe("2026-11-23"); // Monday 07:00 Amsterdam
    expect(amsterdamWeek(new Date("2026-11-29T22:30:00Z"))).toBe("2026-11-23"); // Sunday 23:30 Amsterdam
    expect(amsterdamWeek(new Date("2026-11-29T23:30:00Z"))).toBe("2026-11-30"); // already Monday 00:30 in Amsterdam
    expect(amsterdamWeek(new Date("2027-01-01T12:00:00Z"))).toBe("2026-12-28"); // across the year
  });
});
