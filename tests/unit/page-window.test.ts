import { describe, expect, it } from "vitest";
import { pageParam, pageWindow } from "@/components/page-numbers";
import { foldForSearch, letterPages } from "@/lib/names";

describe("pageWindow: which page numbers a long list links", () => {
  it("lists every page of a short list", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 7)).toEqual([1, 2, 3, null, 7]);
  });
  it("keeps the first, the last and two on each side of the current page, with a gap for the rest", () => {
    expect(pageWindow(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pageWindow(50, 50)).toEqual([1, null, 48, 49, 50]);
    expect(pageWindow(1, 50)).toEqual([1, 2, 3, null, 50]);
  });
  it("shows a gap of one page as that page, never as '…'", () => {
    expect(pageWindow(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageWindow(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});

describe("pageParam and the letter index", () => {
  it("reads a page number, anything else is page 1", () => {
    expect(pageParam("3")).toBe(3);
    expect([pageParam(undefined), pageParam("abc"), pageParam("0"), pageParam("-2"), pageParam("1234567")]).toEqual([1, 1, 1, 1, 1]);
  });
  it("names each first letter once with the page it starts on, '#' last", () => {
    expect(letterPages(["aap", "Anna", "bob", "1e klas", "Éclair", "zus"], 2)).toEqual([
      { letter: "A", page: 1 },
      { letter: "B", page: 2 },
      { letter: "E", page: 3 },
      { letter: "Z", page: 3 },
      { letter: "#", page: 2 },
    ]);
  });
  it("folds case and accents for a name search", () => {
    expect(foldForSearch("Súdwest-Fryslân")).toBe("sudwest-fryslan");
  });
});
