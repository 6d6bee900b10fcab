import { describe, expect, it } from "vitest";
import { contrast, DEFAULT_THEME, parseTheme, themeCss, themeOf, themePairs } from "./theme";

describe("a gemeente's house style (design tokens)", () => {
  it("computes WCAG contrast as the standard defines it", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 0);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    expect(contrast("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("the default (today's teal) passes AA for every pair", () => {
    expect(parseTheme(DEFAULT_THEME)).toEqual({ ok: true, theme: DEFAULT_THEME });
    for (const p of themePairs(DEFAULT_THEME)) expect(p.ratio, p.name).toBeGreaterThanOrEqual(4.5);
  });

  it("refuses a colour pair under 4.5:1 with a Dutch message naming the pair and the ratio", () => {
    const light = parseTheme({ ...DEFAULT_THEME, primary: "#66cccc" });
    expect(light.ok).toBe(false);
    if (!light.ok)
      expect(light.fieldErrors.primary).toMatch(
        /^Te weinig contrast: witte tekst op de hoofdkleur is \d,\d\d : 1\. Dat moet minstens 4,5 : 1 zijn\./,
      );
    const accent = parseTheme({ ...DEFAULT_THEME, accent: "#ff9900" });
    expect(accent.ok).toBe(false);
    if (!accent.ok) expect(accent.fieldErrors.accent).toMatch(/accentkleur op wit/);
  });

  it("accepts only #rrggbb colours and fonts from the safe list", () => {
    const bad = parseTheme({ primary: "red", accent: "url(javascript:x)", font: "Comic Sans; } body { display:none" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors).sort()).toEqual(["accent", "font", "primary"]);
  });

  it("keeps no logo address or domain in the theme (the logo is an upload, served from our own origin)", () => {
    const r = parseTheme({ ...DEFAULT_THEME, domain: "samenstad.nl", logoUrl: "https://evil.example/logo.png" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.theme).sort()).toEqual(["accent", "font", "primary"]);
  });

  it("falls back to the default for a missing or no longer valid stored theme", () => {
    expect(themeOf({})).toEqual(DEFAULT_THEME);
    expect(themeOf({ theme: { primary: "#eeeeee", accent: "#b34700", font: "geist" } })).toEqual(DEFAULT_THEME);
    expect(themeOf({ theme: { primary: "#154273", accent: "#8a3b00", font: "verdana" } }).primary).toBe("#154273");
  });

  it("writes only custom properties from validated values into the stylesheet", () => {
    const css = themeCss({ primary: "#154273", accent: "#8a3b00", font: "verdana" });
    expect(css).toContain("--color-brand: #154273;");
    expect(css).toContain("--color-focus: #8a3b00;");
    expect(css).toContain("--font-sans: Verdana");
    expect(css).not.toMatch(/url\(|@import|expression/);
  });
});
