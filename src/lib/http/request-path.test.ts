import { describe, expect, it } from "vitest";
import { returnPathFrom } from "./request-path";

describe("returnPathFrom", () => {
  const home = "/app/samenstad";
  it("keeps the full target under the route, query included", () => {
    expect(returnPathFrom("/app/samenstad/agenda?beheer=abc", home, home)).toBe("/app/samenstad/agenda?beheer=abc");
    expect(returnPathFrom("/app/samenstad?x=1", home, home)).toBe("/app/samenstad?x=1");
    expect(returnPathFrom("/app/samenstad", home, home)).toBe("/app/samenstad");
  });
  it("falls back for anything else: another gemeente, another site, nothing", () => {
    expect(returnPathFrom("/app/samenstadx/agenda", home, home)).toBe(home);
    expect(returnPathFrom("//evil.example/app/samenstad", home, home)).toBe(home);
    expect(returnPathFrom("/\\\\evil.example", home, home)).toBe(home);
    expect(returnPathFrom(null, home, home)).toBe(home);
    expect(returnPathFrom("/app/samenstad/" + "a".repeat(3000), home, home)).toBe(home);
  });
});
