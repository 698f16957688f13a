/**
 * The package as a consumer gets it: `npm pack` of this repository (dist/ as `npm test`
 * built it), installed into a fresh project outside it. One install per tarball content,
 * kept in node_modules/.cache, so test files and reruns share it; npm's own cache makes the
 * install offline after the first.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "../..");
const cache = join(root, "node_modules/.cache/northflank-build-kit/consumer");

/** What consumers install besides the package: a pinned tsc for their own type-checks. */
const extras = ["typescript@5.9.3"];

export interface Consumer {
  /** The project folder; `node_modules/northflank-build-kit` is the installed tarball. */
  dir: string;
  /** The packed tarball. */
  tarball: string;
}

let installing: Promise<Consumer> | undefined;

/** The consumer project for the package as it is now; installed on first use. */
export function installedConsumer(): Promise<Consumer> {
  return (installing ??= install());
}

async function install(): Promise<Consumer> {
  mkdirSync(cache, { recursive: true });
  const packDir = mkdtempSync(join(cache, "pack-"));
  await run("npm", ["pack", "--ignore-scripts", "--pack-destination", packDir], { cwd: root });
  const packed = join(packDir, readdirSync(packDir)[0]!);
  const hash = createHash("sha256").update(readFileSync(packed)).digest("hex").slice(0, 16);
  const dir = join(cache, hash);
  const tarball = join(cache, `${hash}.tgz`);
  if (!existsSync(tarball)) renameSync(packed, tarball);
  rmSync(packDir, { recursive: true, force: true });
  prune(hash);
  if (existsSync(join(dir, "node_modules/northflank-build-kit/package.json"))) return { dir, tarball };

  // Installed beside, then moved into place: a half-done install is never taken for a whole one.
  const staging = mkdtempSync(join(cache, "staging-"));
  writeFileSync(join(staging, "package.json"), `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`);
  await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", tarball, ...extras], { cwd: staging, maxBuffer: 16 * 1024 * 1024 });
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run put it there first
  }
  return { dir, tarball };
}

/** Installs of earlier tarballs go: only this one is used again. */
function prune(keep: string): void {
  for (const name of readdirSync(cache)) {
    if (/^[0-9a-f]{16}(\.tgz)?$/.test(name) && !name.startsWith(keep)) rmSync(join(cache, name), { recursive: true, force: true });
  }
}

/** A fresh folder inside the consumer project, for one test's files. */
export function workFolder(consumer: Consumer, name: string): string {
  const dir = join(consumer.dir, "work", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
