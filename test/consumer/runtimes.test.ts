/**
 * The installed package on every runtime it claims (Node 22, 24 and 26, Bun, Deno): the same
 * consumer script, run by each pinned binary from scripts/runtime-bin.mjs inside the consumer
 * project, against a server on 127.0.0.1.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedConsumer, workFolder, type Consumer } from "../support/consumer.js";
import { answerConsumer, consumerScript, expectedResults } from "../support/consumer-script.js";
import { startServer } from "../support/servers.js";

const run = promisify(execFile);
const server = await startServer(answerConsumer);
afterAll(() => server.close());

let consumer: Consumer;
beforeAll(async () => {
  consumer = await installedConsumer();
}, 240_000);

/** The pinned binary of `runtime`; the first call installs it (about 50 MB from the registry). */
async function runtimeBin(runtime: string): Promise<string> {
  const { stdout } = await run(process.execPath, [resolve(import.meta.dirname, "../../scripts/runtime-bin.mjs"), runtime], { timeout: 180_000 });
  return stdout.trim();
}

/** A bounded run with only what the runtimes need: no vitest or npm variables leak in. */
const runIn = (dir: string, bin: string, args: string[]) =>
  run(bin, args, { cwd: dir, timeout: 30_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1", DENO_DIR: join(dir, ".deno"), DENO_NO_UPDATE_CHECK: "1" } });

const { port } = new URL(server.baseUrl);
/** How each runtime runs an ES module; Deno gets only the network it needs, and no prompts. */
const runtimes = [
  { runtime: "node22", args: ["call.mjs"] },
  { runtime: "node24", args: ["call.mjs"] },
  { runtime: "node26", args: ["call.mjs"] },
  { runtime: "bun", args: ["call.mjs"] },
  // Deno finds the consumer's package.json above and resolves the package from its node_modules.
  { runtime: "deno", args: ["run", "--no-prompt", "--no-lock", `--allow-net=127.0.0.1:${port}`, "call.mjs"] },
];

describe("the consumer script on each runtime", () => {
  it.each(runtimes)("$runtime: a build, a typed error, a validation error", async ({ runtime, args }) => {
    const bin = await runtimeBin(runtime);
    const dir = workFolder(consumer, `runtime-${runtime}`);
    writeFileSync(join(dir, "call.mjs"), consumerScript(server.baseUrl));
    const { stdout } = await runIn(dir, bin, args);
    expect(JSON.parse(stdout)).toEqual(expectedResults);
  }, 240_000);
});

describe("require() from CommonJS", () => {
  it.each(["node22", "node24", "node26"])("%s: every entry point loads, with no warning", async (runtime) => {
    const bin = await runtimeBin(runtime);
    const dir = workFolder(consumer, `require-${runtime}`);
    writeFileSync(
      join(dir, "call.cjs"),
      `const entries = ["northflank-build-kit", "northflank-build-kit/runtime", "northflank-build-kit/cli"].map((name) => require(name));
console.log(JSON.stringify([process.version, typeof entries[0].createClient, typeof entries[0].NotFoundError, typeof entries[1].createTransport, typeof entries[2].runCli]));`,
    );
    const { stdout, stderr } = await runIn(dir, bin, ["call.cjs"]);
    const [version, ...types] = JSON.parse(stdout) as string[];
    expect(version).toMatch(new RegExp(`^v${runtime.slice(4)}\\.`));
    expect(types).toEqual(["function", "function", "function", "function"]);
    expect(stderr).toBe("");
  }, 240_000);
});

describe("the generator on Node 22", () => {
  it("keeps the modules it compiled in Node's compile cache, which changes nothing it writes; NODE_DISABLE_COMPILE_CACHE=1 turns it off", async () => {
    const bin = await runtimeBin("node22");
    const dir = workFolder(consumer, "compile-cache");
    writeFileSync(join(dir, "api.yaml"), "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200': {description: ok}\n");
    const generator = join(consumer.dir, "node_modules/northflank-build-kit/bin/build-kit-generate.js");
    /** A run with `tmp` as its temporary folder: what it wrote, and how many files that folder's compile cache holds. */
    const generate = async (out: string, tmp: string, env: Record<string, string> = {}) => {
      mkdirSync(join(dir, tmp), { recursive: true });
      await run(bin, [generator, "--spec", "api.yaml", "--out", out], { cwd: dir, timeout: 60_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: join(dir, tmp), ...env } });
      const cache = join(dir, tmp, "node-compile-cache");
      const cached = existsSync(cache) ? readdirSync(cache, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;
      const written = Object.fromEntries(readdirSync(join(dir, out)).filter((file) => file !== "generate.manifest.json").map((file) => [file, readFileSync(join(dir, out, file), "utf8")]));
      return { cached, written };
    };
    const first = await generate("out-first", "tmp");
    // From the cache the first run left.
    const again = await generate("out-again", "tmp");
    const off = await generate("out-off", "tmp-off", { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(first.cached).toBeGreaterThan(100);
    expect(again.cached).toBe(first.cached);
    expect(off.cached).toBe(0);
    expect(Object.keys(off.written)).toContain("client.gen.js");
    expect(first.written).toEqual(off.written);
    expect(again.written).toEqual(off.written);
  }, 240_000);
});
