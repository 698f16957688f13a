/**
 * The generator on the specs users bring: every document in ../shared/specs and GitHub's
 * (13 MB, 1,223 operations). Each generates and the whole output type-checks under strict
 * and noUncheckedIndexedAccess, or stops with one line naming the construct and where.
 */
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GeneratorError } from "../../src/generator/errors.js";
import { generate } from "../../src/generator/generate.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";
import { realSpecs, sharedSpecs } from "../support/real-specs.js";
import { typecheckStrict } from "../support/typecheck.js";

const out = resolve("test/output/real");

async function generateInto(name: string, spec: string) {
  const dir = join(out, name);
  const result = await generate({ spec, out: dir });
  applyChanges(dir, result.files, diffOutput(dir, result.files));
  return result;
}

describe("real specs", () => {
  it("the shared specs are there", () => {
    expect(existsSync(sharedSpecs), `${sharedSpecs} is missing: these tests read the shared specs beside the project`).toBe(true);
  });

  it.each(realSpecs)("%s generates", async (name, spec, operations) => {
    const { model } = await generateInto(name, spec);
    expect(model.operations).toHaveLength(operations);
  }, 300_000);

  it("all their output type-checks in full under strict and noUncheckedIndexedAccess", () => {
    // .d.ts files too: openapi-typescript's types are part of the output.
    writeFileSync(join(out, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { skipLibCheck: false }, include: ["**/*.ts"], exclude: [] }));
    expect(typecheckStrict(join(out, "tsconfig.json")).slice(0, 20)).toEqual([]);
  }, 600_000);

  it("OpenAPI 3.2 is refused by name, at its JSON pointer", async () => {
    const error = await generate({ spec: `${sharedSpecs}/oai-learn__3.2-tags-example.yaml`, out: join(tmpdir(), "never") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).exitCode).toBe(2);
    expect((error as GeneratorError).message).toBe(`${sharedSpecs}/oai-learn__3.2-tags-example.yaml#/openapi: OpenAPI 3.2.0 is not supported; use 3.0.x or 3.1.x`);
  });

  it("a multi-file spec with a broken external $ref stops with the file, line, column and JSON pointer", async () => {
    const error = await generate({ spec: `${sharedSpecs}/redocly-openapi-starter__openapi/openapi.yaml`, out: join(tmpdir(), "never") }).catch((e: unknown) => e);
    expect((error as GeneratorError).exitCode).toBe(2);
    expect((error as GeneratorError).message).toMatch(/paths\/menu\.yaml:30:9 #\/get\/x-codeSamples\/0\/source error no-unresolved-refs: Can't resolve \$ref/);
    expect((error as GeneratorError).message.split("\n")).toHaveLength(1);
  });

  it("is byte-identical across runs, with nothing of this machine in it", async () => {
    const first = await generate({ spec: `${sharedSpecs}/discord__openapi.json`, out: join(out, "discord") });
    const second = await generate({ spec: `${sharedSpecs}/discord__openapi.json`, out: join(out, "discord") });
    expect(second.files).toEqual(first.files);
    for (const file of first.files) {
      for (const local of [process.cwd(), tmpdir(), sharedSpecs]) expect(file.contents.includes(local), `${file.path} mentions ${local}`).toBe(false);
    }
  }, 120_000);
});
