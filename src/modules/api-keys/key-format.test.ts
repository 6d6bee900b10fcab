import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { bearerToken, generateApiKey, hashApiKey, parseApiKey } from "./key-format";

describe("api key format", () => {
  it("embeds the gemeente id and round-trips through parseApiKey", () => {
    const id = randomUUID();
    const { key, prefix, keyHash } = generateApiKey(id);
    expect(key.startsWith(`sk_live_${id}_`)).toBe(true);
    expect(parseApiKey(key)).toEqual({ gemeenteId: id });
    expect(key.startsWith("sk_live_")).toBe(true);
    expect(prefix).toMatch(/^sk_live_[A-Za-z0-9_-]{6}$/);
    expect(keyHash).toBe(hashApiKey(key));
    expect(keyHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("generates distinct keys", () => {
    const id = randomUUID();
    expect(generateApiKey(id).key).not.toBe(generateApiKey(id).key);
  });

  it("rejects malformed keys", () => {
    expect(parseApiKey("sk_live_abc")).toBeNull();
    expect(parseApiKey("")).toBeNull();
    expect(parseApiKey(`sk_test_${randomUUID()}_${"a".repeat(43)}`)).toBeNull();
    expect(parseApiKey(`sk_live_${randomUUID()}_${"a".repeat(42)}`)).toBeNull();
  });

  it("reads a bearer token", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});
