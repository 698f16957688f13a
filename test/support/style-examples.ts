/**
 * The OpenAPI specification's "Style Examples" table (3.1.2, section 4.8.12.4.4; the cookie
 * rows from 3.2.0's), for a parameter named `color`: what the runtime's serializers and the
 * tests' own oracle (wire-oracle.ts) must both give. The `undefined` column (3.0's `empty`)
 * is the empty string, which RFC 6570 expands the same way.
 */
import type { ParameterStyle } from "../../src/runtime/parameters.js";

export const values = { empty: "", string: "blue", array: ["blue", "black", "brown"], object: { R: 100, G: 200, B: 150 } } as const;
export type Column = keyof typeof values;

/** The table's rows as printed: style, explode, then the four columns; `null` for n/a. */
export const table: [ParameterStyle["style"], boolean, string | null, string | null, string | null, string | null][] = [
  ["matrix", false, ";color", ";color=blue", ";color=blue,black,brown", ";color=R,100,G,200,B,150"],
  ["matrix", true, ";color", ";color=blue", ";color=blue;color=black;color=brown", ";R=100;G=200;B=150"],
  ["label", false, ".", ".blue", ".blue,black,brown", ".R,100,G,200,B,150"],
  ["label", true, ".", ".blue", ".blue.black.brown", ".R=100.G=200.B=150"],
  ["simple", false, "", "blue", "blue,black,brown", "R,100,G,200,B,150"],
  ["simple", true, "", "blue", "blue,black,brown", "R=100,G=200,B=150"],
  ["form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"],
  ["form", true, "color=", "color=blue", "color=blue&color=black&color=brown", "R=100&G=200&B=150"],
  ["spaceDelimited", false, null, null, "color=blue%20black%20brown", "color=R%20100%20G%20200%20B%20150"],
  ["spaceDelimited", true, null, null, null, null],
  ["pipeDelimited", false, null, null, "color=blue%7Cblack%7Cbrown", "color=R%7C100%7CG%7C200%7CB%7C150"],
  ["pipeDelimited", true, null, null, null, null],
  ["deepObject", false, null, null, null, null],
  ["deepObject", true, null, null, null, "color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150"],
];

/** 3.2.0's rows for `in: cookie`: `style: cookie`, and 3.1's `form` on a cookie, pairs joined by "; ". */
export const cookieTable: [ParameterStyle["style"], boolean, string, string, string, string][] = [
  ["cookie", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"],
  ["cookie", true, "color=", "color=blue", "color=blue; color=black; color=brown", "R=100; G=200; B=150"],
  ["form", false, "color=", "color=blue", "color=blue,black,brown", "color=R,100,G,200,B,150"],
  ["form", true, "color=", "color=blue", "color=blue; color=black; color=brown", "R=100; G=200; B=150"],
];

export const columns: Column[] = ["empty", "string", "array", "object"];
