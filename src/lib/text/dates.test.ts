import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDecimal, formatLongDate, formatNumber, formatNumericDate, formatShortDate } from "./dates";

describe("the shared formatters", () => {
  it("read dates in Amsterdam time, whatever the server's zone (23:30 UTC on 5 December is 6 December there)", () => {
    const lateEvening = new Date("2026-12-05T23:30:00Z");
    expect(formatLongDate(lateEvening)).toBe("6 december 2026");
    expect(formatNumericDate(lateEvening)).toBe("6-12-2026");
    expect(formatDate(lateEvening)).toMatch(/^6 dec\.? 2026$/);
    expect(formatShortDate("2026-12-05T23:30:00Z")).toMatch(/^6 dec\.? 2026$/);
    expect(formatDateTime(lateEvening)).toMatch(/^6 dec\.? 2026.* 00:30$/);
  });

  it("write numbers the Dutch way", () => {
    expect(formatNumber(1234567)).toBe("1.234.567");
    expect(formatDecimal(12.345)).toBe("12,3");
    expect(formatDecimal(4)).toBe("4");
  });
});
