import { describe, expect, it } from "vitest";
import { fillMarks } from "./marks";

describe("fillMarks", () => {
  it("fills every mark, as often as it stands there, and leaves unknown marks", () => {
    expect(fillMarks("{g} werkt al met je. We vragen {g} om te bevestigen. {x}", { g: "Samenstad" })).toBe(
      "Samenstad werkt al met je. We vragen Samenstad om te bevestigen. {x}",
    );
  });
  it("inserts a value with $ patterns as it is", () => {
    expect(fillMarks('De gemeente bekijkt "{title}".', { title: "Koffie $& $` $' $$" })).toBe('De gemeente bekijkt "Koffie $& $` $\' $$".');
  });
});
