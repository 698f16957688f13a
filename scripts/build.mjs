// `npm run build [-- --clean]`: compiles what the package ships into dist/ (tsc, by
// tsconfig.build.json: ESM JavaScript, .d.ts and declaration maps), then copies in the files
// tsc does not emit: the generated client's JavaScript and declarations, the JavaScript
// modules of the runtime and the generator (with their declarations), the docs template;
// last, it bundles the CLI into dist/nfbuild.mjs (esbuild). Incremental, so a run after a
// small edit takes seconds; `--clean` (run by `npm pack`) starts from an empty dist/, so
// nothing stale is ever shipped.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const dist = join(root, "dist");
const buildInfo = join(root, "node_modules/.cache/northflank-build-kit/build.tsbuildinfo");

if (process.argv.includes("--clean")) {
  // dist/ is this script's alone: it is in .gitignore, and nothing else writes there.
  rmSync(dist, { recursive: true, force: true });
  rmSync(buildInfo, { force: true });
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
try {
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
} catch {
  console.error("build: tsc failed (see above)");
  process.exit(1);
}

/** Every file under `folder` whose name matches, copied to the same place under dist/. */
function copy(folder, pattern) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !pattern.test(entry.name)) continue;
    const from = join(entry.parentPath, entry.name);
    const to = join(dist, relative(root, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  }
}
copy("generated", /\.(js|d\.ts)$/);
// What tsc neither compiles nor emits: hand-written JavaScript and its declarations, the docs template.
copy("src", /(\.(js|mjs|d\.ts|d\.mts|hbs))$/);
// The CLI as one file: a new process then resolves and loads one module instead of some
// forty, which is a sixth of `nfbuild --help` (bin/nfbuild.js runs it). The YAML parser stays
// outside, loaded only for a YAML body.
const { build } = await import("esbuild");
await build({
  entryPoints: [join(dist, "src/cli/nfbuild.js")],
  outfile: join(dist, "nfbuild.mjs"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["yaml"],
  legalComments: "none",
  logLevel: "warning",
});
console.log("build: dist/ is up to date");
