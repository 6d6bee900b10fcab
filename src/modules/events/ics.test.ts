import { describe, expect, it } from "vitest";
import { buildIcs, icsEscape } from "./ics";

describe("ics feed", () => {
  it("escapes text values", () => {
    expect(icsEscape("a;b,c\\d\ne")).toBe("a\\;b\\,c\\\\d\\ne");
  });
  it("builds a calendar with CRLF lines and folded long lines", () => {
    const ics = buildIcs({
      gemeenteName: "Samenstad",
      host: "localhost",
      events: [
        {
          id: "e1",
          title: "Netwerkbijeenkomst; iedereen welkom",
          description: "x".repeat(200),
          location: "Bibliotheek, zaal 2",
          startsAt: new Date("2026-10-01T17:00:00Z"),
          endsAt: new Date("2026-10-01T19:00:00Z"),
          updatedAt: new Date("2026-09-01T00:00:00Z"),
        },
      ],
    });
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART:20261001T170000Z\r\n");
    expect(ics).toContain("SUMMARY:Netwerkbijeenkomst\\; iedereen welkom\r\n");
    expect(ics).toContain("LOCATION:Bibliotheek\\, zaal 2\r\n");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain(`DESCRIPTION:${"x".repeat(200)}`);
  });
});
