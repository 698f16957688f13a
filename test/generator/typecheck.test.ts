import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { typecheckStrict } from "../support/typecheck.js";

/**
 * The whole project under strict and noUncheckedIndexedAccess: src/, generated/, the golden
 * outputs (data modules included, pragma or not) and test/types/, whose `@ts-expect-error`
 * lines fail the check if the generated types ever stop rejecting what they must.
 */
it("generated code, goldens and type tests type-check under strict", () => {
  expect(typecheckStrict("tsconfig.json")).toEqual([]);
});

it("checks the data modules too: an error behind their @ts-nocheck pragma is found", () => {
  const dir = resolve("test/output/strict-probe");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "probe.gen.ts"), '// @ts-nocheck -- data with declared types\nexport const wrong: number = "not a number";\n');
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["*.ts"], exclude: [] }));
  expect(typecheckStrict(join(dir, "tsconfig.json"))).toEqual([`${join(dir, "probe.gen.ts")}:2:14 Type 'string' is not assignable to type 'number'.`]);
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
