import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { decryptField, encryptField, loadKeyring, reencryptIfStale, keyIdOf, CryptoConfigError } from "./fields";

const b = { gemeenteId: "g1", rowId: "r1", field: "residentName" };
describe("field encryption", () => {
  it("round-trips and hides the plaintext", () => {
    const c = encryptField("Mevrouw Jansen", b);
    expect(c).not.toContain("Jansen");
    expect(decryptField(c, b)).toBe("Mevrouw Jansen");
  });
  it("is bound to tenant, row and field", () => {
    const c = encryptField("geheim", b);
    expect(() => decryptField(c, { ...b, gemeenteId: "g2" })).toThrow();
    expect(() => decryptField(c, { ...b, rowId: "r2" })).toThrow();
    expect(() => decryptField(c, { ...b, field: "situation" })).toThrow();
  });
  it("refuses to run in production without keys and rotates to the active key", () => {
    expect(() => loadKeyring({ NODE_ENV: "production" })).toThrow(CryptoConfigError);
    const k1 = randomBytes(32).toString("base64");
    const k2 = randomBytes(32).toString("base64");
    const old = loadKeyring({ NODE_ENV: "production", SIGNAL_KEYS: JSON.stringify({ k1 }), SIGNAL_ACTIVE_KEY: "k1" });
    const next = loadKeyring({ NODE_ENV: "production", SIGNAL_KEYS: JSON.stringify({ k1, k2 }), SIGNAL_ACTIVE_KEY: "k2" });
    const c = encryptField("x", b, old);
    const r = reencryptIfStale(c, b, next)!;
    expect(keyIdOf(r)).toBe("k2");
    expect(decryptField(r, b, next)).toBe("x");
    expect(reencryptIfStale(r, b, next)).toBeNull();
    expect(() => loadKeyring({ NODE_ENV: "production", SIGNAL_KEYS: JSON.stringify({ k1: "c2hvcnQ=" }) })).toThrow(CryptoConfigError);
  });
});
