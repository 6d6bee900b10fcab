import { describe, expect, it } from "vitest";
import { errorFromAuthUrl } from "./sign-in-request";

describe("errorFromAuthUrl (next-auth's answer to a json sign-in POST)", () => {
  const base = "http://localhost:3000/inloggen";
  it("reads the error code next-auth puts in the URL", () => {
    expect(errorFromAuthUrl("http://localhost:3000/inloggen?error=RATE_LIMITED", base)).toBe("RATE_LIMITED");
    expect(errorFromAuthUrl("/api/auth/error?error=TOTP_REQUIRED", base)).toBe("TOTP_REQUIRED");
  });
  it("is null on success and Default when the answer has no URL", () => {
    expect(errorFromAuthUrl("http://localhost:3000/app", base)).toBeNull();
    expect(errorFromAuthUrl(undefined, base)).toBe("Default");
  });
});
