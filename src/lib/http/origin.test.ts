import { describe, expect, it } from "vitest";
import { assertSameOrigin, isSameOrigin } from "./origin";

const h = (init: Record<string, string>) => new Headers(init);

describe("assertSameOrigin", () => {
  const app = ["https://samenkracht.example"];

  it("accepts the app's own origin", () => {
    expect(isSameOrigin(h({ origin: "https://samenkracht.example" }), app)).toBe(true);
  });

  it("accepts an origin equal to the requested host (any port, e.g. localhost:3203)", () => {
    expect(isSameOrigin(h({ origin: "http://localhost:3203", host: "localhost:3203" }), app)).toBe(true);
    expect(isSameOrigin(h({ origin: "https://app.example", host: "internal:3000", "x-forwarded-host": "app.example" }), app)).toBe(true);
  });

  it("refuses missing, null, malformed and foreign origins with BAD_ORIGIN", () => {
    for (const headers of [
      h({ host: "localhost:3203" }),
      h({ origin: "null", host: "localhost:3203" }),
      h({ origin: "not a url", host: "localhost:3203" }),
      h({ origin: "https://evil.example", host: "localhost:3203" }),
      h({ origin: "http://localhost:3204", host: "localhost:3203" }),
      h({ origin: "https://samenkracht.example.evil.example" }),
      h({ origin: "javascript:alert(1)", host: "localhost:3203" }),
    ]) {
      expect(() => assertSameOrigin(headers, app)).toThrowError(expect.objectContaining({ code: "BAD_ORIGIN", status: 403 }));
    }
  });
});
