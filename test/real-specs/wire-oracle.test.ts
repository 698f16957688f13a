/**
 * The sweep's oracle (test/support/wire-oracle.ts) is itself held to the specification: every
 * cell of the Style Examples table, headers unencoded, cookies as pairs; and it must tell a
 * request that strays from the prescription, in each part of a request.
 */
import { describe, expect, it } from "vitest";
import type { RequestCase } from "../../src/generator/model/request-examples.js";
import type { OperationModel } from "../../src/generator/model/types.js";
import type { OpenApiDocument, ParameterObject, SecurityRequirement } from "../../src/generator/spec/document.js";
import { columns, cookieTable, table, values } from "../support/style-examples.js";
import { byName, differences, prescribedRequest, seenRequest, type Credentials, type SeenRequest, type WireRequest } from "../support/wire-oracle.js";

const none: Credentials = { token: "t", auth: {} };

/** A GET with one parameter, `color`, and the spec's `security` for it (none: the token goes as a bearer token). */
function prescribed(parameter: Partial<ParameterObject>, value: unknown, path = "/things/{color}", credentials = none, security?: SecurityRequirement[], securitySchemes = {}): WireRequest {
  const document: OpenApiDocument = { openapi: "3.1.0", paths: { [path]: { get: { ...(security ? { security } : {}), responses: {} } } }, components: { securitySchemes } };
  const c: RequestCase = { title: "", key: "", params: new Map([[{ name: "color", in: "query", ...parameter } as ParameterObject, value]]), body: undefined };
  return prescribedRequest(document, { method: "get", path } as OperationModel, c, undefined, credentials);
}

describe("the oracle against the Style Examples table", () => {
  const cells = table.flatMap(([style, explode, ...row]) => columns.map((column, i) => [style, explode, column, row[i]!] as const).filter(([, , , expected]) => expected !== null));
  it.each(cells)("%s, explode %s, %s value", (style, explode, column, expected) => {
    if (style === "matrix" || style === "label" || style === "simple") expect(prescribed({ in: "path", style, explode }, values[column]).path).toBe(`/things/${expected}`);
    else expect(prescribed({ style, explode }, values[column]).query).toEqual(byName(expected.split("&").filter(Boolean)));
  });

  it("simple headers are not percent-encoded; form cookies are pairs of their own", () => {
    for (const [style, explode, ...row] of table.filter(([style]) => style === "simple")) {
      columns.forEach((column, i) => expect(prescribed({ in: "header", style, explode }, values[column]).headers.color).toBe(row[i]));
    }
    for (const [, explode, ...row] of cookieTable.filter(([style]) => style === "form")) {
      columns.forEach((column, i) => expect(prescribed({ in: "cookie", explode }, values[column]).cookies).toEqual(byName(row[i]!.split("; "))));
    }
  });

  it("a query written into the path key is part of the query; literal characters outside RFC 3986 are encoded", () => {
    expect(prescribed({}, "x", "/responses/<id>?beta=true")).toMatchObject({ path: "/responses/%3Cid%3E", query: ["beta=true", "color=x"] });
    expect(prescribed({ in: "path" }, "a b", "/views?view={color}")).toMatchObject({ path: "/views", query: ["view=a%20b"] });
  });
});

describe("the oracle tells a request that strays", () => {
  const seen = (url: string, headers: Record<string, string> = {}, body = "") => ({ method: "GET", url, headers: { authorization: "Bearer t", ...headers }, body: Buffer.from(body) }) satisfies SeenRequest;
  const strays = async (want: WireRequest, request: SeenRequest) => differences(want, await seenRequest(request, want));

  it("a pipeDelimited array joined by commas, an unencoded name, a missing or extra header", async () => {
    const pipes = prescribed({ style: "pipeDelimited", explode: false }, ["a", "b"]);
    expect(await strays(pipes, seen("/things/{color}?color=a%7Cb"))).toEqual([]);
    expect(await strays(pipes, seen("/things/{color}?color=a,b"))).toEqual(['query: prescribed ["color=a%7Cb"], sent ["color=a,b"]']);
    expect(await strays(prescribed({ name: "a b" }, "x"), seen("/things/{color}?a b=x"))).toHaveLength(1);
    expect(await strays(prescribed({ in: "header" }, ["a", "b"]), seen("/things/{color}"))).toEqual(['header color: prescribed "a,b", sent undefined']);
    expect(await strays(pipes, seen("/things/{color}?color=a%7Cb", { "content-type": "application/json" }))).toEqual(['header content-type: prescribed undefined, sent "application/json"']);
  });

  it("credentials: the scheme the operation asks for, and nothing for a public one; no header the spec does not call for", async () => {
    const schemes = { key: { type: "apiKey", in: "query", name: "api_key" }, head: { type: "apiKey", in: "header", name: "X-Key" } };
    const keyed = prescribed({}, "x", "/things", { token: "t", auth: { key: "k 1" } }, [{ key: [] }], schemes);
    expect(keyed).toMatchObject({ query: ["api_key=k%201", "color=x"], headers: {} });
    expect(await strays(keyed, { ...seen("/things?color=x&api_key=k%201"), headers: {} })).toEqual([]);
    const open = prescribed({}, "x", "/things", { token: "t", auth: { key: "k", head: "h" } }, [{}], schemes);
    expect(await strays(open, seen("/things?color=x"))).toEqual(['header authorization: prescribed undefined, sent "Bearer t"']);
    expect(await strays(open, { ...seen("/things?color=x", { "x-key": "h", "x-extra": "1" }), headers: { "x-key": "h", "x-extra": "1", "user-agent": "any" } })).toEqual(['header x-key: prescribed undefined, sent "h"', 'header x-extra: prescribed undefined, sent "1"']);
  });

  it("an array's items in their order; parameters in any order", async () => {
    const list = prescribed({ name: "ids" }, ["b", "a"], "/things");
    expect(await strays(list, seen("/things?ids=b&ids=a"))).toEqual([]);
    expect(await strays(list, seen("/things?ids=a&ids=b"))).toEqual(['query: prescribed ["ids=b","ids=a"], sent ["ids=a","ids=b"]']);
  });

  it("allowReserved: reserved characters pass, but not `#[]&=+`, which a query value cannot hold as themselves", () => {
    expect(prescribed({ allowReserved: true }, "/a?b=c&d+e#f[g]", "/things").query).toEqual(["color=/a?b%3Dc%26d%2Be%23f%5Bg%5D"]);
  });

  it("multipart: a JSON part without its Content-Type", async () => {
    const operation = { method: "post", path: "/up", body: { mediaType: "multipart/form-data" } } as OperationModel;
    const c: RequestCase = { title: "", key: "", params: new Map(), body: { meta: { a: 1 }, file: new Blob([Uint8Array.from({ length: 256 }, (_, i) => i)]) } };
    const want = prescribedRequest({ openapi: "3.1.0" }, operation, c, undefined, none);
    const part = (headers: string, content: string | Buffer) => Buffer.concat([Buffer.from(`--B\r\n${headers}\r\n\r\n`), Buffer.from(content), Buffer.from("\r\n")]);
    const file = Buffer.from(Uint8Array.from({ length: 256 }, (_, i) => i));
    const body = (meta: string) => Buffer.concat([part(meta, '{"a":1}'), part('Content-Disposition: form-data; name="file"; filename="f.bin"\r\nContent-Type: application/octet-stream', file), Buffer.from("--B--\r\n")]);
    const request = (meta: string) => ({ method: "POST", url: "/up", headers: { authorization: "Bearer t", "content-type": "multipart/form-data; boundary=B" }, body: body(meta) });
    expect(await strays(want, request('Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json'))).toEqual([]);
    expect(await strays(want, request('Content-Disposition: form-data; name="meta"'))).toEqual([expect.stringMatching(/^body: prescribed .*"type":"application\/json".*, sent .*"type":"text\/plain"/)]);
  });
});
