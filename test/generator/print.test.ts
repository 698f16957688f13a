/**
 * The emitters print through ts-morph.ts: whole files, and lists of statements printed apart
 * for a place in one (each operation's declarations, reprinted in watch mode only when they
 * changed). Printed apart or together, the file must be the same, byte for byte.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generator/generate.js";
import { printSourceFile, StatementsPrinter, StructureKind, VariableDeclarationKind, verbatimSlot, type StatementStructures } from "../../src/generator/emit/ts-morph.js";

const work = mkdtempSync(join(tmpdir(), "print-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One operation's declarations, shaped as emit/client.ts makes them: a blank line before, aliases, a documented function. */
const operation = (name: string, description = "Does it."): StatementStructures[] => [
  { kind: StructureKind.TypeAlias, leadingTrivia: "\n", isExported: true, name: `${name}Input`, type: "{ a: string }", docs: [`The input of {@link ${name}}.`] },
  { kind: StructureKind.TypeAlias, isExported: true, name: `${name}Output`, type: "string", docs: ["What it gives."] },
  { kind: StructureKind.Function, isExported: true, hasDeclareKeyword: true, name, docs: [`${description}\n@param x - y`], parameters: [{ name: "x", type: "string" }], returnType: "Promise<void>" },
];
const before: StatementStructures[] = [
  { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime.js", isTypeOnly: true, namedImports: ["Transport"] },
  { kind: StructureKind.VariableStatement, leadingTrivia: "\n", isExported: true, hasDeclareKeyword: true, declarationKind: VariableDeclarationKind.Const, docs: ["Defaults."], declarations: [{ name: "apiDefaults", type: "string" }] },
];
const after: StatementStructures[] = [
  { kind: StructureKind.Interface, isExported: true, name: "Client", docs: ["The client."], properties: [{ name: "a", type: "string" }] },
  { kind: StructureKind.Function, isExported: true, hasDeclareKeyword: true, name: "createClient", returnType: "Client" },
];

describe("StatementsPrinter", () => {
  it("prints each list apart as the file would print them together, and reprints only the lists that changed", () => {
    const printer = new StatementsPrinter();
    const file = (lists: StatementStructures[][]) => printSourceFile({ leadingTrivia: "// header\n", statements: [...before, verbatimSlot(0), ...after] }, [printer.print(lists)]);
    const whole = (lists: StatementStructures[][]) => printSourceFile({ leadingTrivia: "// header\n", statements: [...before, ...lists.flat(), ...after] });
    const first = [operation("a"), operation("b"), operation("c")];
    expect(file(first)).toBe(whole(first));
    expect(printer.lastRun).toEqual({ printed: 3, lists: 3 });
    // One list changed: only it is printed again, and the file is still the whole one.
    const second = [operation("a"), operation("b", "Does it, differently."), operation("c")];
    const printed = file(second);
    expect(printer.lastRun).toEqual({ printed: 1, lists: 3 });
    expect(printed).toBe(whole(second));
    expect(printed).toContain("Does it, differently.");
    // The same lists again: nothing printed.
    expect(file(second)).toBe(printed);
    expect(printer.lastRun).toEqual({ printed: 0, lists: 3 });
    // Lists it has not seen in the last call are printed again: it keeps one call's worth.
    expect(file(first)).toBe(whole(first));
    expect(printer.lastRun).toEqual({ printed: 1, lists: 3 });
  });
});

describe("verbatim slots", () => {
  it("text from the spec that spells a slot, old style or new, or ends a comment, is written as the spec has it, comments closed only where they end", async () => {
    const spec = join(work, "slots.yaml");
    writeFileSync(
      spec,
      [
        "openapi: 3.1.0",
        "info: {title: t, version: '1'}",
        "servers: [{url: 'https://files.example/*/v1'}]",
        "paths:",
        "  /files/*verbatim 0*/:",
        "    post:",
        "      operationId: upload",
        "      description: \"Spells /*verbatim 0*/ and /*\\0verbatim 0*/ in its docs.\"",
        "      requestBody:",
        "        content:",
        "          'application/*verbatim 0*/': {schema: {type: string}}",
        "          'text/plain\\0verbatim 0*/': {schema: {type: string}}",
        "      responses:",
        "        '200': {description: ok}",
      ].join("\n"),
    );
    const declarationsOf = async (printer?: StatementsPrinter) => (await generate({ spec, out: join(work, "out"), lint: false, printer })).files.find((file) => file.path === "client.gen.d.ts")!.contents;
    const declarations = await declarationsOf();
    // Printed apart, as watch mode prints them, the same.
    expect(await declarationsOf(new StatementsPrinter())).toBe(declarations);
    expect(declarations).toContain('paths["/files/*verbatim 0*/"]["post"]');
    expect(declarations).toContain('"application/*verbatim 0*/"');
    expect(declarations).toContain("Spells /*verbatim 0*\\/ and /*\u0000verbatim 0*\\/ in its docs.");
    expect(declarations).not.toContain("\u0000verbatim 0*/");
    // In doc comments, a `*/` of the spec's is escaped: the media type, the server, the path.
    expect(declarations).toContain("picks the body's media type (default `application/*verbatim 0*\\/`).");
    expect(declarations).toContain("`baseUrl` (default `https://files.example/*\\/v1`)");
    expect(declarations).toContain("\n  /** `POST /files/*verbatim 0*\\/`. See {@link upload}. */\n  upload(");
    // The operation's declarations themselves went in once, at their place.
    expect(declarations.match(/export declare function upload\(/g)).toHaveLength(1);
  });
});

describe("string literals in printed code", () => {
  it("a schema name or security scheme ending in a backslash closes for the printer: nothing after it is printed as if inside a string, whole or apart", async () => {
    const declarationsOf = async (name: string, document: object, printer?: StatementsPrinter) => {
      const spec = join(work, name);
      writeFileSync(spec, JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" }, ...document }));
      return (await generate({ spec, out: join(work, "out"), lint: false, printer })).files.find((file) => file.path === "client.gen.d.ts")!.contents;
    };
    const body = (name: string) => ({ content: { "application/json": { schema: { $ref: `#/components/schemas/${name}` } } } });
    // Error bodies `A\` then ``B`x``: to a writer that missed the first string's end, the backtick opened a template across lines.
    const errors = {
      paths: {
        "/a": { get: { operationId: "getA", responses: { "200": { description: "ok" }, "400": { description: "bad", ...body("A\\") }, "404": { description: "no", ...body("B`x") } } } },
        "/b": { get: { operationId: "getB", responses: { "200": { description: "ok" } } } },
      },
      components: { schemas: { "A\\": { type: "object" }, "B`x": { type: "object" } } },
    };
    const declarations = await declarationsOf("errors.json", errors);
    expect(await declarationsOf("errors.json", errors, new StatementsPrinter())).toBe(declarations);
    // The same string, its backslash written as its escape; the Client interface's members indented as code.
    expect(declarations).toContain('export type GetAErrorBody = components["schemas"]["A\\u005c"] | components["schemas"]["B`x"];');
    expect(declarations).toContain("\n  getB(input?: GetBInput, options?: CallOptions): Promise<GetBOutput>;\n");
    const keyed = { security: [{ "key\\": [] }], paths: errors.paths, components: { ...errors.components, securitySchemes: { "key\\": { type: "apiKey", in: "header", name: "X-Key" } } } };
    const withKey = await declarationsOf("keyed.json", keyed);
    expect(await declarationsOf("keyed.json", keyed, new StatementsPrinter())).toBe(withKey);
    expect(withKey).toContain('"key\\u005c"?: string;');
    expect(withKey).toContain("\n  getB(input?: GetBInput, options?: CallOptions): Promise<GetBOutput>;\n");
  });
});
