/**
 * Request bodies as their media type says they go out (OpenAPI 3.1, Media Type and Encoding
 * Objects; Appendix E for forms): the bytes and the Content-Type, read back as a server would.
 */
import { describe, expect, it } from "vitest";
import { encodeBody, isJsonType } from "../../src/runtime/body.js";

async function sent(body: unknown, mediaType?: string, encoding?: Parameters<typeof encodeBody>[2]) {
  const encoded = encodeBody(body, mediaType, encoding);
  const text = await new Response(encoded.body as BodyInit).text();
  return { text, contentType: encoded.contentType };
}

/** A multipart body's parts: headers and content, split at its boundary. */
function parts(text: string, contentType: string) {
  const boundary = /boundary=(.+)$/.exec(contentType)![1]!;
  expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  return text
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, ...rest] = part.slice(2, -2).split("\r\n\r\n");
      return { headers: head!.split("\r\n"), content: rest.join("\r\n\r\n") };
    });
}

describe("JSON", () => {
  it.each(["application/json", "application/merge-patch+json", "application/json-patch+json", "application/vnd.api+json; charset=utf-8", "application/problem+json"])("%s goes as JSON under its own type", async (type) => {
    expect(await sent({ a: [1, { b: null }] }, type)).toEqual({ text: '{"a":[1,{"b":null}]}', contentType: type });
  });

  it("bytes given for a JSON type are the document itself, not JSON.stringify's {}", async () => {
    expect(await sent(new TextEncoder().encode('{"a":1}'), "application/json")).toEqual({ text: '{"a":1}', contentType: "application/json" });
    expect(await sent(new Blob(['{"a":2}']), "application/vnd.api+json")).toEqual({ text: '{"a":2}', contentType: "application/vnd.api+json" });
  });

  it("tells JSON types from the rest", () => {
    expect(["application/json", "text/json", "application/x-amz-json-1.1+json", "application/geo+json"].every(isJsonType)).toBe(true);
    expect(["application/jsonl", "application/x-ndjson", "*/*", "application/*+json", "text/plain"].some(isJsonType)).toBe(false);
  });
});

describe("wildcards", () => {
  it("an object under */* or application/* goes as application/json", async () => {
    expect(await sent({ kind: "Pod" }, "*/*")).toEqual({ text: '{"kind":"Pod"}', contentType: "application/json" });
    expect(await sent([1], "application/*")).toEqual({ text: "[1]", contentType: "application/json" });
  });

  it("text as text/plain, bytes and Blobs as binary", async () => {
    expect(await sent("hello", "*/*")).toEqual({ text: "hello", contentType: "text/plain" });
    expect(await sent(new Uint8Array([104, 105]), "*/*")).toEqual({ text: "hi", contentType: "application/octet-stream" });
    expect(await sent(new Blob(["<x/>"], { type: "application/xml" }), "*/*")).toEqual({ text: "<x/>", contentType: "application/xml" });
  });
});

describe("application/x-www-form-urlencoded", () => {
  const type = "application/x-www-form-urlencoded";

  it("scalars as pairs, arrays as repeated keys, nested objects as deepObject brackets (Stripe's metadata[key])", async () => {
    const body = { amount: 2000, currency: "usd", expand: ["customer", "invoice"], metadata: { order_id: "6735", "a b": "c&d" }, items: [{ price: "p_1", quantity: 2 }], skip: undefined, none: null };
    expect(await sent(body, type)).toEqual({
      text: "amount=2000&currency=usd&expand=customer&expand=invoice&metadata%5Border_id%5D=6735&metadata%5Ba%20b%5D=c%26d&items%5B0%5D%5Bprice%5D=p_1&items%5B0%5D%5Bquantity%5D=2",
      contentType: type,
    });
  });

  it("follows the encoding: style, explode, allowReserved, and a JSON contentType", async () => {
    const encoding = { tags: { explode: false }, filter: { style: "deepObject", explode: true }, point: { style: "form", explode: true }, url: { allowReserved: true }, data: { contentType: "application/json" } } as const;
    const body = { tags: ["a", "b"], filter: { x: 1 }, point: { x: 1, y: 2 }, url: "https://x.io/a?b", data: { k: [1] } };
    expect((await sent(body, type, encoding)).text).toBe("tags=a,b&filter%5Bx%5D=1&x=1&y=2&url=https://x.io/a?b&data=%7B%22k%22%3A%5B1%5D%7D");
  });

  it("round-trips through URLSearchParams, as a server reads it", async () => {
    const { text } = await sent({ note: "100% sure & +1 ü", list: ["x y", "z"] }, type);
    expect([...new URLSearchParams(text)]).toEqual([["note", "100% sure & +1 ü"], ["list", "x y"], ["list", "z"]]);
  });

  it("a URLSearchParams of the caller's goes as it is", async () => {
    expect(await sent(new URLSearchParams({ a: "1" }), `${type}; charset=utf-8`)).toEqual({ text: "a=1", contentType: `${type}; charset=utf-8` });
  });
});

describe("multipart/form-data", () => {
  it("files, repeated parts, JSON parts and per-part types, read back by fetch's own parser", async () => {
    const body = { name: "report", file: new File(["%PDF"], "r.pdf", { type: "application/pdf" }), bytes: new Uint8Array([1, 2]), tags: ["a", "b"], meta: { pages: 3 }, count: 2, skip: undefined };
    const encoded = encodeBody(body, "multipart/form-data", { bytes: { contentType: "image/png" } });
    const form = await new Response(encoded.body as BodyInit, { headers: { "content-type": encoded.contentType! } }).formData();
    expect(form.get("name")).toBe("report");
    expect(form.getAll("tags")).toEqual(["a", "b"]);
    expect(form.get("count")).toBe("2");
    const file = form.get("file") as File;
    expect([file.name, file.type, await file.text()]).toEqual(["r.pdf", "application/pdf", "%PDF"]);
    const bytes = form.get("bytes") as File;
    expect([bytes.type, [...new Uint8Array(await bytes.arrayBuffer())]]).toEqual(["image/png", [1, 2]]);
    expect(form.has("skip")).toBe(false);
  });

  it("a JSON part has its Content-Type and no filename, so a server reads it as a field", async () => {
    const encoded = encodeBody({ meta: { pages: 3 }, note: "x", csv: "a,b" }, "multipart/form-data", { csv: { contentType: "text/csv" } });
    const list = parts(await new Response(encoded.body as BodyInit).text(), encoded.contentType!);
    expect(list).toEqual([
      { headers: ['Content-Disposition: form-data; name="meta"', "Content-Type: application/json"], content: '{"pages":3}' },
      { headers: ['Content-Disposition: form-data; name="note"'], content: "x" },
      { headers: ['Content-Disposition: form-data; name="csv"', "Content-Type: text/csv"], content: "a,b" },
    ]);
  });

  it('escapes quotes and line breaks in names, as FormData does', async () => {
    const encoded = encodeBody({ 'a"b\r\nc': "v" }, "multipart/form-data");
    expect(parts(await new Response(encoded.body as BodyInit).text(), encoded.contentType!)[0]!.headers[0]).toBe('Content-Disposition: form-data; name="a%22b%0D%0Ac"');
  });

  it("a FormData of the caller's goes as it is, fetch writing its boundary", () => {
    const form = new FormData();
    expect(encodeBody(form, "multipart/form-data")).toEqual({ body: form });
  });
});

describe("text and binary", () => {
  it("text/* as the string, under its type", async () => {
    expect(await sent("a,b\n1,2", "text/csv")).toEqual({ text: "a,b\n1,2", contentType: "text/csv" });
    expect(await sent(42, "text/plain")).toEqual({ text: "42", contentType: "text/plain" });
  });

  it("octet-stream and other binary types as given: bytes, Blob, ArrayBuffer, stream", async () => {
    for (const body of [new Uint8Array([104, 105]), new Blob(["hi"]), new Uint8Array([104, 105]).buffer, new Response("hi").body!]) {
      expect(await sent(body, "application/octet-stream")).toEqual({ text: "hi", contentType: "application/octet-stream" });
    }
  });

  it("an object for a type with no writer (XML) is refused before sending: never JSON under an XML Content-Type, nor [object Object]", async () => {
    for (const type of ["application/xml", "application/octet-stream", "image/png"]) {
      expect(() => encodeBody({ a: 1 }, type)).toThrow(new TypeError(`the body must be given encoded for ${type} (a string, Blob or bytes): the client writes JSON, YAML, forms and multipart, not ${type}`));
    }
    expect(await sent("<pet><name>Rex</name></pet>", "application/xml")).toEqual({ text: "<pet><name>Rex</name></pet>", contentType: "application/xml" });
  });

  it("a value for a YAML type goes as JSON text, which is YAML, under the YAML type; YAML text as it is", async () => {
    for (const type of ["application/yaml", "application/x-yaml", "text/yaml", "application/vnd.api+yaml"]) {
      expect(await sent({ a: [1, "b"] }, type)).toEqual({ text: '{"a":[1,"b"]}', contentType: type });
    }
    expect(await sent("a: 1\n", "application/yaml")).toEqual({ text: "a: 1\n", contentType: "application/yaml" });
  });
});
