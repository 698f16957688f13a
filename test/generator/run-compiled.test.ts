import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";

/** A script of two modules, compiled and run the way `npm run generate` runs the generator. */
const dir = "test/output/run-compiled";
const cache = "node_modules/.cache/northflank-build-kit/run-compiled-probe";
const run = () => execFileSync(process.execPath, ["scripts/run-compiled.mjs", join(dir, "run-compiled-probe.ts"), "arg"], { encoding: "utf8" }).trim();
const compiles = () => readdirSync(cache).filter((entry) => entry !== "inputs.json");
afterAll(() => rmSync(cache, { recursive: true, force: true }));

it("reuses a compile while its inputs are unchanged, and compiles anew after any edit", () => {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "run-compiled-probe.ts"), 'import { word } from "./run-compiled-dep.js";\nconsole.log(`${word} ${process.argv[2]}`);\n');
  writeFileSync(join(dir, "run-compiled-dep.ts"), 'export const word: string = "first";\n');
  expect(run()).toBe("first arg");
  expect(run()).toBe("first arg");
  expect(compiles()).toHaveLength(1);

  // An edit to a module the script imports, not the script itself.
  writeFileSync(join(dir, "run-compiled-dep.ts"), 'export const word: string = "second";\n');
  expect(run()).toBe("second arg");
  expect(compiles()).toHaveLength(2);
});
