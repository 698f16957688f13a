/**
 * What a run's output depends on besides the spec: the modules generated code imports (by
 * default this package's own, by a path from the output folder) and the name and version of
 * the package being built (the User-Agent, the CLI's `--version`, the docs' samples), from
 * ./package.json. The fingerprint takes them as resolved, not as spelled: `--out gen` and
 * `--out ./gen` are the same run, and a new version in package.json is a change to make.
 * Light on purpose: the no-op path of incremental.ts imports it.
 */
import { existsSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { packageFile } from "./package-files.js";

export interface RunSettings {
  runtimeImport: string;
  /** Declarations take only types, from a module with no code behind it (see src/runtime/types.ts). */
  runtimeTypesImport: string;
  cliImport: string;
  pkg: { name: string; version: string };
  userAgent: string;
}

export function runSettings(options: { out: string; runtimeImport?: string; cliImport?: string; userAgent?: string }): RunSettings {
  const pkg = packageInfo();
  return {
    runtimeImport: options.runtimeImport ?? importFrom(options.out, "src/runtime/index.js"),
    runtimeTypesImport: options.runtimeImport ?? importFrom(options.out, "src/runtime/types.js"),
    cliImport: options.cliImport ?? importFrom(options.out, "src/cli/program.js"),
    pkg,
    userAgent: options.userAgent ?? `${pkg.name}/${pkg.version}`,
  };
}

/** A module of this package as the output folder imports it (`../src/runtime/index.js` from `generated/`): the same on every machine with this layout. */
function importFrom(outDir: string, modulePath: string): string {
  const path = relative(resolve(outDir), packageFile(modulePath)).split("\\").join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

/** Name and version of the package being built, from ./package.json. */
function packageInfo(): { name: string; version: string } {
  const pkg = existsSync("package.json") ? (JSON.parse(readFileSync("package.json", "utf8")) as { name?: string; version?: string }) : {};
  return { name: pkg.name ?? "openapi-client", version: pkg.version ?? "0.0.0" };
}
