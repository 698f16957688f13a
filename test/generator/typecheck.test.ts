import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";

/**
 * `tsc --noEmit` (strict, noUncheckedIndexedAccess) over src/, generated/, the golden
 * outputs and test/types/, whose `@ts-expect-error` lines fail the check if the generated
 * types ever stop rejecting what they must.
 */
it("generated code, goldens and type tests type-check under strict", async () => {
  const result = await promisify(execFile)("node_modules/.bin/tsc", ["--noEmit", "-p", "tsconfig.json"]).then(
    () => ({ code: 0, output: "" }),
    (error: { code: number; stdout: string }) => ({ code: error.code, output: error.stdout }),
  );
  expect(result.output).toBe("");
  expect(result.code).toBe(0);
});
