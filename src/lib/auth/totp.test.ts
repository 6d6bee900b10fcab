import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, generateTotpSecret, hotp, totpAt, totpCode, totpUri, verifyTotp } from "./totp";

// RFC 6238 Appendix B: seeds are the ASCII strings below; 8-digit codes.
const SEED_SHA1 = Buffer.from("12345678901234567890", "ascii");
const SEED_SHA256 = Buffer.from("12345678901234567890123456789012", "ascii");
const SEED_SHA512 = Buffer.from("1234567890123456789012345678901234567890123456789012345678901234", "ascii");

const VECTORS: Array<[number, string, string, string]> = [
  // [time (s), sha1, sha256, sha512]
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("TOTP (RFC 6238 test vectors)", () => {
  for (const [t, sha1, sha256, sha512] of VECTORS) {
    it(`T=${t}`, () => {
      expect(totpAt(SEED_SHA1, t * 1000, { digits: 8, algorithm: "sha1" })).toBe(sha1);
      expect(totpAt(SEED_SHA256, t * 1000, { digits: 8, algorithm: "sha256" })).toBe(sha256);
      expect(totpAt(SEED_SHA512, t * 1000, { digits: 8, algorithm: "sha512" })).toBe(sha512);
    });
  }
});

describe("HOTP (RFC 4226 Appendix D)", () => {
  const expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"];
  expected.forEach((code, counter) => {
    it(`counter ${counter}`, () => expect(hotp(SEED_SHA1, counter)).toBe(code));
  });
});

describe("base32", () => {
  it("matches RFC 4648 examples", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("MZXW6YTBOI").toString()).toBe("foobar");
    expect(base32Decode("mzxw 6ytb oi====").toString()).toBe("foobar");
  });
  it("round-trips a generated secret", () => {
    const s = generateTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(s))).toBe(s);
  });
  it("rejects invalid characters", () => {
    expect(() => base32Decode("ABC1")).toThrow();
  });
});

describe("verifyTotp", () => {
  const secret = base32Encode(SEED_SHA1);
  const now = 1111111111_000;
  it("accepts the current code and ±1 step", () => {
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now - 30_000), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, now + 30_000), now)).toBe(true);
  });
  it("refuses codes two steps away, malformed codes and bad secrets", () => {
    expect(verifyTotp(secret, totpCode(secret, now - 60_000), now)).toBe(false);
    expect(verifyTotp(secret, totpCode(secret, now + 60_000), now)).toBe(false);
    expect(verifyTotp(secret, "12345", now)).toBe(false);
    expect(verifyTotp(secret, "abcdef", now)).toBe(false);
    expect(verifyTotp("!!!", "123456", now)).toBe(false);
    expect(verifyTotp("", "123456", now)).toBe(false);
  });
  it("accepts a code with a space in the middle", () => {
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(true);
  });
  it("builds an otpauth URI", () => {
    expect(totpUri(secret, "a@b.nl")).toMatch(/^otpauth:\/\/totp\/Samenkracht%3Aa%40b\.nl\?secret=/);
  });
});
