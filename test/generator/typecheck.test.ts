import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { typecheckStrict } from "../support/typecheck.js";

/**
 * The whole project under strict and noUncheckedIndexedAccess: src/, generated/, the golden
 * outputs (data modules included: their JavaScript too) and test/types/, whose `@ts-expect-error`
 * lines fail the check if the generated types ever stop rejecting what they must.
 */
it("generated code, goldens and type tests type-check under strict", () => {
  expect(typecheckStrict("tsconfig.json")).toEqual([]);
});

it("checks the data modules too: their JavaScript against its JSDoc types, and against its declaration file", () => {
  const dir = resolve("test/output/strict-probe");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const module = join(dir, "probe.gen.js");
  const declarations = join(dir, "probe.gen.d.ts");
  writeFileSync(module, '/** @type {number} */\nexport const wrong = "not a number";\n/** @type {string} */\nexport const other = "text";\nexport const undeclared = 1;\n');
  writeFileSync(declarations, "export declare const wrong: number;\nexport declare const other: number;\nexport declare const missing: string;\n");
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["*.ts"], exclude: [] }));
  expect(typecheckStrict(join(dir, "tsconfig.json"))).toEqual([
    `${module}:2:14 Type 'string' is not assignable to type 'number'.`,
    `${module}: export other is string, but ${declarations} declares number`,
    `${module}: export undeclared is 1, but ${declarations} does not declare it`,
    `${declarations}: declares missing, which ${module} does not export`,
  ]);
});

it("the README's TypeScript examples type-check against the package", () => {
  const dir = resolve("test/output/readme");
  mkdirSync(dir, { recursive: true });
  const blocks = [...readFileSync("README.md", "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(0);
  blocks.forEach((code, i) => writeFileSync(join(dir, `example-${i}.ts`), `${code}\nexport {};\n`));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["*.ts"], exclude: [] }));
  expect(typecheckStrict(join(dir, "tsconfig.json"))).toEqual([]);
});
