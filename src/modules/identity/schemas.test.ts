import { describe, expect, it } from "vitest";
import { ZIdentityProviderInput, parseDomains } from "./schemas";

describe("identity provider input", () => {
  it("reads a domain list the way people type it", () => {
    expect(parseDomains("Samenstad.nl,  @wijk.samenstad.nl; samenstad.nl")).toEqual(["samenstad.nl", "wijk.samenstad.nl"]);
  });
  it("accepts https, and plain http only on this machine", () => {
    const base = { clientId: "c", clientSecret: "s", domains: "samenstad.nl" };
    expect(ZIdentityProviderInput.safeParse({ ...base, issuer: "https://login.samenstad.nl/" }).data?.issuer).toBe(
      "https://login.samenstad.nl",
    );
    expect(ZIdentityProviderInput.safeParse({ ...base, issuer: "http://127.0.0.1:4000" }).success).toBe(true);
    expect(ZIdentityProviderInput.safeParse({ ...base, issuer: "http://login.samenstad.nl" }).success).toBe(false);
    expect(ZIdentityProviderInput.safeParse({ ...base, issuer: "javascript:alert(1)" }).success).toBe(false);
  });
});
