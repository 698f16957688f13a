/**
 * Watch mode's lint worker lints a save by the parts it changed when the last save linted
 * clean. After every edit below, what it finds must be what a whole lint of the same file
 * finds, word for word; and it must have gone by parts exactly where that is safe, walking
 * the parts it should (fewer would miss a finding, all would make it useless).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LintByParts } from "../../src/generator/stages/lint-by-parts.mjs";
import { lintConfig, lintFindings, SpecResolver } from "../../src/generator/stages/lint.mjs";

const work = mkdtempSync(join(tmpdir(), "lint-by-parts-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A spec whose parts refer to each other: `/pets` uses parameter `Limit`, which is a `$ref` to
 * `#/x-shared/limit`, walked as a Parameter only through that `$ref`; `/pets` returns `Pets`,
 * an array of `Pet`; `/owners` refers to `Pet`'s `name` property inside it.
 */
function spec(edit: (document: Record<string, any>) => void = () => {}): string {
  const document: Record<string, any> = {
    openapi: "3.0.3",
    info: { title: "Pets", version: "1", description: "The pet shop" },
    "x-shared": { limit: { name: "limit", in: "query", schema: { type: "integer" } } },
    paths: {
      "/pets": {
        get: {
          description: "List pets",
          parameters: [{ $ref: "#/components/parameters/Limit" }],
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pets" } } } } },
        },
      },
      "/owners": {
        get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet/properties/name" } } } } } },
      },
      "/health": { get: { responses: { "204": { description: "up" } } } },
    },
    components: {
      parameters: { Limit: { $ref: "#/x-shared/limit" } },
      schemas: {
        Pets: { type: "array", items: { $ref: "#/components/schemas/Pet" } },
        Pet: { type: "object", properties: { name: { type: "string" }, tag: { type: "string" } } },
        Unused: { type: "string" },
      },
    },
  };
  edit(document);
  return JSON.stringify(document, null, 2);
}

/** Lints the file as the lint worker does, with `byParts`, and as a cold run does; both findings, and how the worker's lint went. */
async function lintBoth(file: string, byParts: LintByParts, config?: string) {
  const settings = await lintConfig(config);
  const kept = await lintFindings(file, settings, new SpecResolver(settings.resolve), { lint: byParts, configKey: config === undefined ? "" : readFileSync(config, "utf8") });
  const whole = await lintFindings(file, settings, new SpecResolver(settings.resolve));
  return { kept, whole, run: byParts.lastRun };
}

describe("the lint by parts", () => {
  it("finds what a whole lint finds after each edit, walking only the parts an edit reaches", async () => {
    const file = join(work, "spec.json");
    const byParts = new LintByParts();
    const document = JSON.parse(spec()) as Record<string, any>;
    // Each edit is made to the spec as the one before left it: [what it is, the edit, by parts?, parts walked (when by parts), findings]
    const steps: [string, (d: Record<string, any>) => void, boolean, number | undefined, number][] = [
      ["first lint", () => {}, false, undefined, 0],
      ["unchanged", () => {}, true, 0, 0],
      ["info's description", (d) => (d.info.description = "Edited"), true, 1, 0],
      // Pet is reached from Pets (and so /pets) and from /owners: those four parts, no other.
      ["a property of Pet", (d) => (d.components.schemas.Pet.properties.tag = { type: "integer" }), true, 4, 0],
      ["a path of its own", (d) => (d.paths["/health"].get.description = "Is it up?"), true, 1, 0],
      ["a new path", (d) => (d.paths["/new"] = { get: { responses: { "200": { description: "ok" } } } }), true, 1, 0],
      // Walked as a Parameter only through Limit's `$ref`: found by walking what refers to x-shared.
      ["x-shared's parameter loses `in`", (d) => delete d["x-shared"].limit.in, false, undefined, 1],
      ["`in` back, after a lint with findings", (d) => (d["x-shared"].limit.in = "query"), false, undefined, 0],
      // Gone from inside Pet: /owners's `$ref` leads nowhere now.
      ["Pet loses `name`", (d) => delete d.components.schemas.Pet.properties.name, false, undefined, 1],
      ["`name` back", (d) => (d.components.schemas.Pet.properties.name = { type: "string" }), false, undefined, 0],
      ["a struct error in a path", (d) => (d.paths["/health"].get.parameters = "all"), false, undefined, 1],
      ["the error undone", (d) => delete d.paths["/health"].get.parameters, false, undefined, 0],
      // A part gone: a `$ref` anywhere may lead nowhere now, so the whole is linted.
      ["Unused removed", (d) => delete d.components.schemas.Unused, false, undefined, 0],
      ["a $ref to a missing schema", (d) => (d.paths["/health"].get.responses["204"].content = { "text/plain": { schema: { $ref: "#/components/schemas/Nope" } } }), false, undefined, 1],
      ["the $ref undone", (d) => delete d.paths["/health"].get.responses["204"].content, false, undefined, 0],
      ["3.1", (d) => (d.openapi = "3.1.0"), false, undefined, 0],
      ["3.1, a description", (d) => (d.paths["/pets"].get.description = "Pets, all"), true, 1, 0],
    ];
    for (const [edit, change, expectedByParts, walked, findings] of steps) {
      change(document);
      writeFileSync(file, JSON.stringify(document, null, 2));
      const { kept, whole, run } = await lintBoth(file, byParts);
      expect(kept, edit).toEqual(whole);
      expect(whole.length, edit).toBe(findings);
      expect(run.byParts, edit).toBe(expectedByParts);
      if (walked !== undefined) expect(run.walked, edit).toBe(walked);
    }
  });

  it("lints whole a spec that refers to another file, or under rules that look beyond a node", async () => {
    const dir = mkdtempSync(join(work, "other-"));
    const file = join(dir, "spec.json");
    writeFileSync(join(dir, "pet.json"), JSON.stringify({ type: "object" }));
    const external = (description: string) => spec((d) => ((d.components.schemas.Pet = { $ref: "pet.json" }), (d.info.description = description)));
    const byParts = new LintByParts();
    for (const description of ["one", "two", "three"]) {
      writeFileSync(file, external(description));
      const { kept, whole, run } = await lintBoth(file, byParts);
      expect(kept).toEqual(whole);
      expect(run.byParts).toBe(false);
    }
    const config = join(dir, "redocly.yaml");
    writeFileSync(config, "rules:\n  struct: error\n  no-unresolved-refs: error\n  operation-4xx-response: warn\n");
    for (const description of ["one", "two"]) {
      writeFileSync(file, spec((d) => (d.info.description = description)));
      const { kept, whole, run } = await lintBoth(file, byParts, config);
      expect(kept).toEqual(whole);
      expect(whole.length).toBeGreaterThan(0); // operation-4xx-response
      expect(run.byParts).toBe(false);
    }
    // The same rules as without a config, in a file: by parts from the second lint on.
    writeFileSync(config, "rules:\n  struct: warn\n  no-unresolved-refs: error\n");
    const runs: boolean[] = [];
    for (const description of ["one", "two"]) {
      writeFileSync(file, spec((d) => (d.info.description = description)));
      const { kept, whole, run } = await lintBoth(file, byParts, config);
      expect(kept).toEqual(whole);
      runs.push(run.byParts);
    }
    expect(runs).toEqual([false, true]);
  });

  it("follows what Redocly follows: a discriminator's mapping, a container that is a $ref, a config's extends", async () => {
    const dir = mkdtempSync(join(work, "follows-"));
    const file = join(dir, "spec.json");
    /** Lints `documents` in turn; each lint's findings as the whole lint's, and whether it went by parts. */
    const series = async (documents: object[], config?: string) => {
      const byParts = new LintByParts();
      const runs: [boolean, number][] = [];
      for (const document of documents) {
        writeFileSync(file, JSON.stringify(document));
        const { kept, whole, run } = await lintBoth(file, byParts, config);
        expect(kept).toEqual(whole);
        runs.push([run.byParts, whole.length]);
      }
      return runs;
    };
    // Pet's mapping leads to x-defs, walked as a Schema only from there.
    const mapped = (dog: object) => ({
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      "x-defs": { Dog: dog },
      paths: { "/p": { get: { responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } } } } } },
      components: { schemas: { Pet: { type: "object", discriminator: { propertyName: "k", mapping: { dog: "#/x-defs/Dog" } } } } },
    });
    expect(await series([mapped({ type: "object" }), mapped({ type: "object" }), mapped({ type: "object", nullable: "yes" })])).toEqual([
      [false, 0],
      [true, 0],
      [false, 1],
    ]);
    // `paths` is a `$ref`: its entries are not where they seem, so never by parts.
    const referred = (extra: object) => ({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: { $ref: "#/x-paths" }, "x-paths": { "/a": { get: { responses: { "200": { description: "ok", ...extra } } } } } });
    expect(await series([referred({}), referred({}), referred({ bogus: 1 })])).toEqual([
      [false, 0],
      [false, 0],
      [false, 1],
    ]);
    // The config's own file unchanged, the one it extends turns the rules on: linted afresh.
    const config = join(dir, "redocly.yaml");
    writeFileSync(config, "extends:\n  - ./base.yaml\n");
    writeFileSync(join(dir, "base.yaml"), "rules:\n  struct: off\n  no-unresolved-refs: off\n");
    const broken = (description: string) => ({ openapi: "3.0.3", info: { title: "t", version: "1", description }, components: { responses: { Ok: { description: "ok", bogus: 1 } } }, paths: {} });
    const byParts = new LintByParts();
    writeFileSync(file, JSON.stringify(broken("a")));
    expect((await lintBoth(file, byParts, config)).whole).toEqual([]);
    writeFileSync(join(dir, "base.yaml"), "rules:\n  struct: error\n  no-unresolved-refs: error\n");
    writeFileSync(file, JSON.stringify(broken("b")));
    const { kept, whole } = await lintBoth(file, byParts, config);
    expect(whole.length).toBe(1);
    expect(kept).toEqual(whole);
    // Swagger 2.0 is Redocly's to word, never by parts, and no crash.
    expect(await series([{ swagger: "2.0", info: { title: "t", version: "1" }, paths: {} }, { swagger: "2.0", info: { title: "t", version: "2" }, paths: {} }])).toEqual([
      [false, 0],
      [false, 0],
    ]);
  });
});
