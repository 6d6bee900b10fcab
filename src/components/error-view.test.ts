import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorView } from "./error-view";

describe("ErrorView", () => {
  it("is Dutch, shows the reference and a way back, and has no technical details", () => {
    const html = renderToStaticMarkup(createElement(ErrorView, { digest: "12345abc", onRetry: () => {} }));
    expect(html).toContain("Er ging iets mis");
    expect(html).toContain("Kenmerk: 12345abc");
    expect(html).toContain('href="/"');
    expect(html).toContain("Probeer het opnieuw");
    expect(html).toContain('id="inhoud"');
    expect(html).not.toMatch(/Error:|at .*\(|stack/i);
  });
  it("without a digest shows no empty reference", () => {
    const html = renderToStaticMarkup(createElement(ErrorView, {}));
    expect(html).not.toContain("Kenmerk");
    expect(html).not.toContain("<button");
  });
});
