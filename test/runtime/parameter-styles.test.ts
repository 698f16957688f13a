/**
 * Parameter serialization against the OpenAPI specification's own "Style Examples" table
 * (3.1.2, section 4.8.12.4.4; the cookie rows from 3.2.0's): every row, every column, for a
 * parameter named `color`. The `undefined` column (3.0's `empty`) is the empty string, which
 * RFC 6570 expands the same way; a value of `undefined` or `null` leaves the parameter out.
 */
import { describe, expect, it } from "vitest";
import { requestUrl } from "../../src/runtime/direct-fetch.js";
import { encodeReserved, encodeValue, serializeCookies, serializeHeaders, serializePath, serializeQuery, type ParameterStyle } from "../../src/runtime/parameters.js";
import { columns, cookieTable, table, values } from "../support/style-examples.js";

/** The style's serialization as the table shows it, by the location the style belongs to. */
function serialized(style: ParameterStyle["style"], explode: boolean, value: unknown): string {
  const styles = { color: { style, explode } };
  if (style === "matrix" || style === "label" || style === "simple") return serializePath("{color}", { color: value }, styles);
  return serializeQuery({ color: value }, styles);
}

describe("the specification's Style Examples table", () => {
  const cells = table.flatMap(([style, explode, ...row]) => columns.map((column, i) => [style, explode, column, row[i]!] as const).filter(([, , , expected]) => expected !== null));
  it.each(cells)("%s, explode %s, %s value", (style, explode, column, expected) => {
    expect(serialized(style, explode, values[column])).toBe(expected);
  });

  it("every row of the table is covered", () => {
    expect(table).toHaveLength(14);
    expect(cells).toHaveLength(37);
  });

  it("simple is also the header style, without percent-encoding", () => {
    for (const [style, explode, ...row] of table.filter(([style]) => style === "simple")) {
      columns.forEach((column, i) => expect(serializeHeaders({ color: values[column] }, { color: { style, explode } }).color).toBe(row[i]));
    }
    expect(serializeHeaders({ "x-note": "a b/ü" })["x-note"]).toBe("a b/ü");
  });

  it.each(cookieTable.flatMap(([style, explode, ...row]) => columns.map((column, i) => [style, explode, column, row[i]!] as const)))("cookie, %s, explode %s, %s value", (style, explode, column, expected) => {
    expect(serializeCookies({ color: values[column] }, { color: { style, explode } })).toBe(expected);
  });

  // Cells the table leaves undefined: what the runtime does, so that it is a choice and not an accident.
  it.each([
    ["spaceDelimited", true, ["a", "b"], "color=a&color=b"],
    ["pipeDelimited", true, { x: 1 }, "x=1"],
    ["spaceDelimited", false, "blue", "color=blue"],
    ["deepObject", false, { R: 1 }, "color%5BR%5D=1"],
    ["deepObject", true, ["a", "b"], "color=a&color=b"],
    ["deepObject", false, ["a", "b"], "color=a&color=b"],
  ] as const)("n/a cell: %s, explode %s, %j -> %s", (style, explode, value, expected) => {
    expect(serializeQuery({ color: value }, { color: { style, explode } })).toBe(expected);
  });
});

describe("defaults by location", () => {
  it("query: form, exploded; path and header: simple; cookie: form, exploded", () => {
    expect(serializeQuery({ ids: [1, 2], point: { x: 1, y: 2 }, q: "a" })).toBe("ids=1&ids=2&x=1&y=2&q=a");
    expect(serializePath("/items/{ids}/{point}", { ids: [1, 2], point: { x: 1, y: 2 } })).toBe("/items/1,2/x,1,y,2");
    expect(serializeHeaders({ "x-ids": [1, 2], "x-point": { x: 1, y: 2 } })).toEqual({ "x-ids": "1,2", "x-point": "x,1,y,2" });
    expect(serializeCookies({ session: "a b", prefs: ["x", "y"] })).toBe("session=a%20b; prefs=x; prefs=y");
  });

  it("absent values are left out: undefined, null, an empty array in a query; null items are skipped", () => {
    expect(serializeQuery({ a: undefined, b: null, c: [], d: [null, 1], e: { f: null, g: 2 } })).toBe("d=1&g=2");
    expect(serializeCookies({ a: undefined, b: null })).toBeUndefined();
    expect(serializeHeaders({ a: undefined, b: null })).toEqual({});
    expect(serializePath("/x/{id}", {})).toBe("/x/{id}");
  });

  it("a path template: names at its ends, side by side, repeated, unknown, or not names at all ({a/b}, an unclosed {)", () => {
    const values = JSON.parse('{ "a": "1", "b": "x y", "c": null, "__proto__": "p" }') as Record<string, unknown>;
    expect(serializePath("{a}", values)).toBe("1");
    expect(serializePath("{a}{b}/{a}", values)).toBe("1x%20y/1");
    expect(serializePath("/{c}/{d}/{toString}/{__proto__}", values)).toBe("/{c}/{d}/{toString}/p");
    expect(serializePath("/{a/b}/{a", values)).toBe("/{a/b}/{a");
    expect(serializePath("/{}/{{a}}", values)).toBe("/{}/{{a}}");
  });

  it("a request URL: the base's trailing slash dropped; a {name} in the base expanded as in the path, as openapi-fetch expands the whole URL", () => {
    const expand = (url: string) => serializePath(url, { id: "7", region: "eu" });
    expect(requestUrl("https://api.example.com/", "/x/{id}", expand, "")).toBe("https://api.example.com/x/7");
    expect(requestUrl("https://{region}.example.com", "/x/{id}", expand, "a=1")).toBe("https://eu.example.com/x/7?a=1");
  });

  it("deepObject nests as form APIs parse it: a[b][c] for objects, a[b][0] for arrays", () => {
    const styles = { filter: { style: "deepObject" as const } };
    expect(serializeQuery({ filter: { owner: { name: "ann" }, tags: ["x", "y"] } }, styles)).toBe("filter%5Bowner%5D%5Bname%5D=ann&filter%5Btags%5D%5B0%5D=x&filter%5Btags%5D%5B1%5D=y");
  });

  it("content: application/json parameters go as JSON text, encoded for their place", () => {
    const styles = { filter: { json: true } };
    expect(serializeQuery({ filter: { a: [1, "b c"] } }, styles)).toBe("filter=%7B%22a%22%3A%5B1%2C%22b%20c%22%5D%7D");
    expect(serializeHeaders({ filter: { a: 1 } }, styles)).toEqual({ filter: '{"a":1}' });
    expect(serializePath("/x/{filter}", { filter: [1] }, styles)).toBe("/x/%5B1%5D");
  });

  it("scalars: numbers, booleans and dates as text", () => {
    expect(serializeQuery({ n: 1.5, t: true, f: false, z: 0, at: new Date("2026-12-02T10:00:00Z") })).toBe("n=1.5&t=true&f=false&z=0&at=2026-12-02T10%3A00%3A00.000Z");
  });
});

describe("percent-encoding (RFC 3986)", () => {
  it("names and values keep only unreserved characters", () => {
    expect(serializeQuery({ "a b&c=d[e]": "x&y=z #%+/?" })).toBe("a%20b%26c%3Dd%5Be%5D=x%26y%3Dz%20%23%25%2B%2F%3F");
    // encodeURIComponent leaves these five, which RFC 3986 reserves.
    expect(encodeValue("!'()*")).toBe("%21%27%28%29%2A");
    expect(encodeValue("AZaz09-._~")).toBe("AZaz09-._~");
    expect(encodeValue("ü€😀")).toBe("%C3%BC%E2%82%AC%F0%9F%98%80");
  });

  it("a path value cannot add a path segment or a query", () => {
    expect(serializePath("/files/{name}", { name: "../a/b?c#d" })).toBe("/files/..%2Fa%2Fb%3Fc%23d");
  });

  it("allowReserved passes reserved characters and existing escapes, and still encodes the rest", () => {
    // OpenAPI 3.1.1: `#[]` are not allowed in a query, and `&=+` delimit a form-encoded one: still encoded.
    expect(encodeReserved(":/?#[]@!$&'()*+,;=")).toBe(":/?%23%5B%5D@!$%26'()*%2B,;%3D");
    expect(serializeQuery({ q: "a&b=c+d#e" }, { q: { allowReserved: true } })).toBe("q=a%26b%3Dc%2Bd%23e");
    expect(encodeReserved("a b%20c%zz%")).toBe("a%20b%20c%25zz%25");
    expect(encodeReserved(" %41")).toBe("%20%41");
    expect(serializeQuery({ path: "/a/b c", list: ["x/y", "z"] }, { path: { allowReserved: true }, list: { allowReserved: true, explode: false } })).toBe("path=/a/b%20c&list=x/y,z");
  });

  it("lone surrogates are sent as U+FFFD instead of throwing", () => {
    expect(serializeQuery({ q: "a\uD800b" })).toBe("q=a%EF%BF%BDb");
    expect(encodeReserved("\uDC00")).toBe("%EF%BF%BD");
  });

  it("cookie style passes values as they are; form cookies are percent-encoded", () => {
    expect(serializeCookies({ a: "x y;z" }, { a: { style: "cookie" } })).toBe("a=x y;z");
    expect(serializeCookies({ a: "x y;z" })).toBe("a=x%20y%3Bz");
  });
});
