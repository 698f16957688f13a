import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generator/generate.js";

/** Small fixture specs, one per family of features; their output is committed under test/golden/ and type-checked. */
const fixtures = ["pets", "collisions"];

describe("golden output", () => {
  it.each(fixtures)("%s", async (name) => {
    const { files } = await generate({ spec: `test/fixtures/${name}.yaml`, out: `test/golden/${name}` });
    expect(files.map((f) => f.path)).toEqual(["schema.d.ts", "validation.gen.js", "validation.gen.d.ts", "client.gen.js", "client.gen.d.ts", "cli.gen.js", "cli.gen.d.ts", "openapi.docs.json", "generate.manifest.json"]);
    for (const file of files) await expect(file.contents).toMatchFileSnapshot(`../golden/${name}/${file.path}`);
  });

  it("openapi.yaml gives exactly the committed generated/ files", async () => {
    const { files } = await generate({ spec: "openapi.yaml", out: "generated" });
    for (const file of files) expect(file.contents, file.path).toBe(readFileSync(`generated/${file.path}`, "utf8"));
  });

  it("is byte-identical across runs", async () => {
    const first = await generate({ spec: "test/fixtures/pets.yaml", out: "test/golden/pets" });
    const second = await generate({ spec: "test/fixtures/pets.yaml", out: "test/golden/pets" });
    expect(second.files).toEqual(first.files);
  });

  it("starts every file with the do-not-edit header", async () => {
    const { files } = await generate({ spec: "openapi.yaml", out: "generated" });
    const notice = "Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.";
    for (const file of files) {
      if (file.path.endsWith(".json")) expect(JSON.parse(file.contents)["x-generated"]).toBe(notice);
      else expect(file.contents.split("\n")[0]).toBe(`// ${notice}`);
    }
  });
});
