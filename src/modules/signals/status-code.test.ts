import { describe, expect, it } from "vitest";
import { newStatusCode, normalizeStatusCode, STATUS_CODE_ALPHABET, statusCodeCandidates } from "./status-code";

describe("the reporter's status code", () => {
  it("is four groups of four characters without look-alikes (no I, L, O, U)", () => {
    for (let i = 0; i < 200; i++) expect(newStatusCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(STATUS_CODE_ALPHABET).toHaveLength(32);
    expect(STATUS_CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it("carries 80 random bits: every character position uses the whole alphabet, and codes do not repeat", () => {
    const codes = Array.from({ length: 2000 }, newStatusCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(16 * Math.log2(STATUS_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(80);
    for (const pos of [0, 5, 18]) expect(new Set(codes.map((c) => c[pos])).size).toBe(32);
  });

  it("reads what a person types: any case, spaces, dashes, and O→0, I/L→1", () => {
    const code = "7K2M-9QXD-0R1T-HV4B";
    expect(normalizeStatusCode(code)).toBe(code);
    expect(normalizeStatusCode("7k2m 9qxd 0r1t hv4b")).toBe(code);
    expect(normalizeStatusCode(" 7K2M9QXDOR1THV4B ")).toBe(code); // O for 0
    expect(normalizeStatusCode("7K2M-9QXD-0RIT-HV4B")).toBe(code); // I for 1
    expect(normalizeStatusCode("7K2M-9QXD-0RlT-HV4B")).toBe(code); // l for 1
    expect(normalizeStatusCode("7K2M - 9QXD - 0R1T - HV4B")).toBe(code);
    expect(normalizeStatusCode("7K2M-9QXD-0R1T")).toBeNull(); // too short
    expect(normalizeStatusCode("7K2M-9QXD-0R1T-HV4B-X")).toBeNull(); // too long
    expect(normalizeStatusCode("7K2M-9QXD-0R1T-HV4!")).toBeNull();
  });

  it("still finds a code from before the new format, exactly as it was given", () => {
    const legacy = "aB3_x-Yz09QwErTy"; // 12 random bytes in base64url
    expect(statusCodeCandidates(` ${legacy} `)).toContain(legacy);
    expect(statusCodeCandidates("nonsense")).toEqual([]);
  });
});
