import { describe, expect, it } from "vitest";
import { likeContains, likeLiteral } from "./like";

describe("likeLiteral / likeContains", () => {
  it("escapes %, _ and the backslash, and leaves other text alone", () => {
    expect(likeLiteral("100%")).toBe("100\\%");
    expect(likeLiteral("knip_art")).toBe("knip\\_art");
    expect(likeLiteral("a\\b")).toBe("a\\\\b");
    expect(likeLiteral("Café 't Hoekje")).toBe("Café 't Hoekje");
    expect(likeContains("%")).toBe("%\\%%");
  });
});
