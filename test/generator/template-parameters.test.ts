import { describe, expect, it } from "vitest";
import type { OpenApiDocument, PathItemObject } from "../../src/generator/spec/document.js";
import { declareTemplateParameters } from "../../src/generator/spec/template-parameters.mjs";

const ok = { "200": { description: "ok" } };
const pathParam = (name: string) => ({ name, in: "path" as const, required: true, schema: { type: "string" } });
const added = (name: string) => ({ name, in: "path", required: true, schema: { type: "string" } });
const documentOf = (paths: Record<string, PathItemObject>): OpenApiDocument => ({
  openapi: "3.1.0",
  paths,
  components: { parameters: { Id: pathParam("id") }, pathItems: { Shared: { get: { operationId: "shared", responses: ok } } } },
});

describe("declareTemplateParameters", () => {
  it.each<{ name: string; paths: Record<string, PathItemObject> }>([
    { name: "no template", paths: { "/users": { get: { responses: ok } } } },
    { name: "declared by the operation", paths: { "/users/{id}": { get: { parameters: [pathParam("id")], responses: ok } } } },
    { name: "declared by the path item", paths: { "/users/{id}": { parameters: [pathParam("id")], get: { responses: ok }, post: { responses: ok } } } },
    { name: "declared through a $ref", paths: { "/users/{id}": { get: { parameters: [{ $ref: "#/components/parameters/Id" }], responses: ok } } } },
    { name: "a template with no operation under it", paths: { "/users/{id}": {} } },
  ])("gives the very document back when nothing is missing: $name", ({ paths }) => {
    const document = documentOf(paths);
    expect(declareTemplateParameters(document)).toEqual({ document, added: [] });
    expect(declareTemplateParameters(document).document).toBe(document);
  });

  it.each<{ name: string; item: PathItemObject; path: string; want: Record<string, unknown[]>; adds: string[] }>([
    { name: "none declared", path: "/users/{id}", item: { get: { responses: ok } }, want: { get: [added("id")] }, adds: ["get id"] },
    { name: "one of two declared", path: "/orgs/{org}/users/{id}", item: { parameters: [pathParam("org")], get: { responses: ok } }, want: { get: [added("id")] }, adds: ["get id"] },
    { name: "a query parameter of that name does not count", path: "/users/{id}", item: { get: { parameters: [{ name: "id", in: "query" }], responses: ok } }, want: { get: [{ name: "id", in: "query" }, added("id")] }, adds: ["get id"] },
    { name: "a name used twice is declared once", path: "/a/{id}/b/{id}", item: { get: { responses: ok } }, want: { get: [added("id")] }, adds: ["get id"] },
    { name: "each operation that lacks it", path: "/users/{id}", item: { get: { responses: ok }, delete: { parameters: [pathParam("id")], responses: ok }, put: { responses: ok } }, want: { get: [added("id")], delete: [pathParam("id")], put: [added("id")] }, adds: ["get id", "put id"] },
    { name: "names with dashes, beside a dot", path: "/files/{file-name}.{ext}", item: { get: { responses: ok } }, want: { get: [added("file-name"), added("ext")] }, adds: ["get file-name", "get ext"] },
  ])("adds what the template names and nothing declares, as a required string: $name", ({ path, item, want, adds }) => {
    const document = documentOf({ [path]: item });
    const before = JSON.stringify(document);
    const result = declareTemplateParameters(document);
    for (const [method, parameters] of Object.entries(want)) expect(result.document.paths?.[path]?.[method as "get"]?.parameters).toEqual(parameters);
    expect(result.added.map((a) => `${a.method} ${a.name}`)).toEqual(adds);
    expect(JSON.stringify(document)).toBe(before); // pure: the input is not touched
  });

  it("names the operation by path, method and operationId, and inlines a $ref'd path item it completes", () => {
    const document = documentOf({ "/shared/{id}": { $ref: "#/components/pathItems/Shared" }, "/other": { get: { responses: ok } } });
    const result = declareTemplateParameters(document);
    expect(result.added).toEqual([{ path: "/shared/{id}", method: "get", operationId: "shared", name: "id" }]);
    expect(result.document.paths?.["/shared/{id}"]).toEqual({ get: { operationId: "shared", responses: ok, parameters: [added("id")] } });
    expect(result.document.paths?.["/other"]).toBe(document.paths?.["/other"]);
    expect(result.document.components).toBe(document.components);
  });
});
