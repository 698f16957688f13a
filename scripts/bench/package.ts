/**
 * The package as people get it, side by side with Northflank's own packages
 * (`npm run bench -- --only package`, about three minutes):
 *
 * - size: `npm pack --dry-run` of this repository and of @northflank/js-client, and a fresh
 *   install of each into an empty project (and of @northflank/cli, whose start-up is timed)
 * - startup: `nfbuild` against `northflank` (@northflank/cli), with bare `node -e 0` as the floor
 * - consumer type-check: one file that starts a job build, through each package's types, by
 *   the same tsc with the same flags, skipLibCheck off and on (with an empty file as the floor)
 *
 * The projects live in node_modules/.cache/northflank-build-kit/bench/; npm's cache makes
 * reinstalls offline. dist/ is packed as it is (`npm run build` makes it).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compare, log, machine, ratio, timed, verdict, type Sample } from "./measure.js";

export const versions = {
  jsClient: "0.9.5",
  // The newest release (0.9.24, as of this writing) has no engines field and runs on Node 20.
  cli: "0.9.24",
};

interface Context {
  root: string;
  /** Rounds for the slow measurements (tsc); start-up takes more, as a round is cheap. */
  runs: number;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 26 });
}

/** An empty project with `deps` installed, from scratch; scripts off, as the consumer tests install. */
function freshProject(dir: string, deps: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: "bench-consumer", private: true, type: "module" }, null, 2)}\n`);
  log(`installing ${deps.join(" ")} into ${dir}`);
  npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", ...deps], dir);
}

interface Packed {
  /** The .tgz, in bytes. */
  size: number;
  unpackedSize: number;
  entryCount: number;
}

interface Installed {
  /** `du -sk node_modules`, in bytes: what it takes on disk. */
  disk: number;
  /** `du -sb node_modules`: the files' own sizes. */
  apparent: number;
  /** Every package in node_modules/.package-lock.json, nested ones included, the package itself too. */
  packages: number;
  /** The three largest folders of node_modules, by disk use. */
  largest: { name: string; bytes: number }[];
}

function packed(json: string): Packed {
  const [first] = JSON.parse(json) as Packed[];
  return { size: first!.size, unpackedSize: first!.unpackedSize, entryCount: first!.entryCount };
}

function installed(dir: string): Installed {
  const modules = join(dir, "node_modules");
  const du = (flag: string, paths: string[]) => execFileSync("du", [flag, ...paths], { encoding: "utf8" }).trim().split("\n").map((line) => line.split("\t") as [string, string]);
  const lock = JSON.parse(readFileSync(join(modules, ".package-lock.json"), "utf8")) as { packages: Record<string, unknown> };
  const folders = readdirSync(modules).filter((name) => !name.startsWith(".")).flatMap((name) => (name.startsWith("@") ? readdirSync(join(modules, name)).map((inner) => `${name}/${inner}`) : [name]));
  const largest = du("-sk", folders.map((name) => join(modules, name)))
    .map(([kb, path]) => ({ name: path.slice(modules.length + 1), bytes: Number(kb) * 1024 }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return {
    disk: Number(du("-sk", [modules])[0]![0]) * 1024,
    apparent: Number(du("-sb", [modules])[0]![0]),
    packages: Object.keys(lock.packages).filter((key) => key.includes("node_modules/")).length,
    largest,
  };
}

/** The tarball of this repository as it is now, packed into `bench`; its name and content hash. */
function packOurs(root: string, bench: string): { tarball: string; hash: string } {
  for (const file of ["dist/src/index.js", "dist/src/cli/nfbuild.js"]) {
    if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const [info] = JSON.parse(npm(["pack", "--ignore-scripts", "--pack-destination", bench, "--json"], root)) as { filename: string }[];
  const tarball = join(bench, info!.filename);
  return { tarball, hash: createHash("sha256").update(readFileSync(tarball)).digest("hex").slice(0, 16) };
}

/** A project installed once per `key` (the tarball's hash and the versions), reused until the key changes. */
function keptProject(dir: string, deps: string[], key: string): void {
  const stamp = join(dir, ".bench-key");
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === key) return;
  freshProject(dir, deps);
  writeFileSync(stamp, key);
}

export interface PackageResults {
  size: { packed: { ours: Packed; jsClient: Packed }; installed: Record<string, Installed>; machine: string };
  startup: { results: Record<string, Sample>; runs: number; machine: string };
  consumer: { results: Record<string, Sample>; read: Record<string, Read>; runs: number; machine: string; typesNode: string };
}

const names = {
  ours: "northflank-build-kit (this repository)",
  jsClient: `@northflank/js-client ${versions.jsClient}`,
  cli: `@northflank/cli ${versions.cli}`,
};

const consumerNames = {
  ours: (skipLibCheck: boolean) => `${names.ours}, skipLibCheck ${skipLibCheck}`,
  jsClient: (skipLibCheck: boolean) => `${names.jsClient}, skipLibCheck ${skipLibCheck}`,
  floor: "empty file (the floor), skipLibCheck true",
};

/** Declaration files one tsc run reads, by where they come from: lines and files. */
interface Read {
  packages: { files: number; lines: number };
  node: { files: number; lines: number };
  libs: { files: number; lines: number };
}

function declarationsRead(tsc: string, config: string, cwd: string): Read {
  const list = execFileSync(process.execPath, [tsc, "-p", config, "--listFilesOnly"], { cwd, encoding: "utf8" }).trim().split("\n");
  const read: Read = { packages: { files: 0, lines: 0 }, node: { files: 0, lines: 0 }, libs: { files: 0, lines: 0 } };
  for (const file of list) {
    const kind = file.includes("/node_modules/typescript/lib/") ? "libs" : /\/node_modules\/(@types\/node|undici-types)\//.test(file) ? "node" : file.includes("/node_modules/") ? "packages" : undefined;
    if (!kind) continue;
    read[kind].files++;
    read[kind].lines += readFileSync(file, "utf8").split("\n").length;
  }
  return read;
}

const startupNames = {
  floor: "`node -e 0` (the floor)",
  ourHelp: "`nfbuild --help`",
  ourDry: "`nfbuild start-job-build --project-id p --job-id j --dry-run`",
  theirHelp: "`northflank --help`",
  theirCommand: "`northflank start job build --help` (no dry run, see below)",
};

/** Everything the three sections need, measured in one run; `which` picks the sections. */
export function measurePackage(ctx: Context, which: { size: boolean; startup: boolean; consumer: boolean }): Partial<PackageResults> {
  const { root } = ctx;
  if (!which.size && !which.startup && !which.consumer) return {};
  const bench = join(root, "node_modules/.cache/northflank-build-kit/bench");
  mkdirSync(bench, { recursive: true });
  const results: Partial<PackageResults> = {};
  let since = performance.now();
  const elapsed = () => {
    const seconds = (performance.now() - since) / 1000;
    since = performance.now();
    return `${seconds.toFixed(0)} s`;
  };
  const { tarball, hash } = packOurs(root, bench);
  const cliProject = join(bench, "size-cli");

  if (which.size) {
    log("package size");
    const note = machine();
    const ours = packed(npm(["pack", "--ignore-scripts", "--dry-run", "--json"], root));
    const jsClient = packed(npm(["pack", `@northflank/js-client@${versions.jsClient}`, "--dry-run", "--json"], bench));
    freshProject(join(bench, "size-ours"), [tarball]);
    freshProject(join(bench, "size-js-client"), [`@northflank/js-client@${versions.jsClient}`]);
    freshProject(cliProject, [`@northflank/cli@${versions.cli}`]);
    results.size = {
      packed: { ours, jsClient },
      installed: { [names.ours]: installed(join(bench, "size-ours")), [names.jsClient]: installed(join(bench, "size-js-client")), [names.cli]: installed(cliProject) },
      machine: note,
    };
    log(`package size: ${elapsed()}`);
  }

  if (which.startup) {
    log("CLI start-up");
    const note = machine();
    if (!existsSync(join(cliProject, "node_modules/@northflank/cli/package.json"))) freshProject(cliProject, [`@northflank/cli@${versions.cli}`]);
    // A home of its own: no one's config is read, and northflank's daily update check (a
    // request to registry.npmjs.org) is marked done, so neither command touches the network.
    const home = join(bench, "home");
    mkdirSync(join(home, ".northflank"), { recursive: true });
    writeFileSync(join(home, ".northflank/config.json"), `${JSON.stringify({ contexts: [], lastUpdateCheck: new Date().toISOString() }, null, 2)}\n`);
    const env = { ...process.env, HOME: home, NORTHFLANK_API_TOKEN: "x", NO_COLOR: "1" };
    const node = process.execPath;
    const nfbuild = join(root, "bin/nfbuild.js");
    const northflank = join(cliProject, "node_modules/@northflank/cli/dist/cli.js");
    const contenders: Record<string, () => Sample> = {
      [startupNames.floor]: () => timed(node, ["-e", "0"], root, env),
      [startupNames.ourHelp]: () => timed(node, [nfbuild, "--help"], root, env),
      [startupNames.ourDry]: () => timed(node, [nfbuild, "start-job-build", "--project-id", "p", "--job-id", "j", "--dry-run"], root, env),
      [startupNames.theirHelp]: () => timed(node, [northflank, "--help"], root, env),
      [startupNames.theirCommand]: () => timed(node, [northflank, "start", "job", "build", "--help"], root, env),
    };
    for (const run of Object.values(contenders)) run(); // once each untimed: the files are in the page cache for all
    const runs = Math.max(9, 2 * ctx.runs - 1);
    results.startup = { results: compare(contenders, runs, 3), runs, machine: note };
    log(`CLI start-up: ${elapsed()}`);
  }

  if (which.consumer) {
    log("consumer type-check");
    const note = machine();
    const typesNode = (JSON.parse(readFileSync(join(root, "node_modules/@types/node/package.json"), "utf8")) as { version: string }).version;
    const ours = join(bench, "tsc-ours");
    const theirs = join(bench, "tsc-js-client");
    keptProject(ours, [tarball, `@types/node@${typesNode}`], `${hash} ${typesNode}`);
    keptProject(theirs, [`@northflank/js-client@${versions.jsClient}`, `@types/node@${typesNode}`], `${versions.jsClient} ${typesNode}`);
    const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";
    writeFileSync(join(ours, "floor.ts"), "export {};\n");
    writeFileSync(
      join(ours, "call.ts"),
      [
        `import { createClient } from "northflank-build-kit";`,
        ``,
        `const northflank = createClient({ token: process.env.NORTHFLANK_API_TOKEN });`,
        `const { data } = await northflank.startJobBuild({ projectId: "p", jobId: "j", sha: "${sha}" });`,
        `console.log(data.id, data.status);`,
        ``,
      ].join("\n"),
    );
    writeFileSync(
      join(theirs, "call.ts"),
      [
        `import { ApiClient, ApiClientInMemoryContextProvider } from "@northflank/js-client";`,
        ``,
        `const contextProvider = new ApiClientInMemoryContextProvider();`,
        `await contextProvider.addContext({ name: "bench", token: process.env.NORTHFLANK_API_TOKEN ?? "" });`,
        `const apiClient = new ApiClient(contextProvider);`,
        `const { data } = await apiClient.start.job.build({ parameters: { projectId: "p", jobId: "j" }, data: { sha: "${sha}" } });`,
        `console.log(data.id, data.status);`,
        ``,
      ].join("\n"),
    );
    const tsc = join(root, "node_modules/typescript/bin/tsc");
    const config = (dir: string, file: string, skipLibCheck: boolean) => {
      const path = join(dir, `tsconfig.${file.replace(/\.ts$/, "")}.${skipLibCheck ? "skiplib" : "libcheck"}.json`);
      // A Node consumer's tsconfig: lib ES2023 and no DOM, as @tsconfig/node20 and this repository have it.
      writeFileSync(path, `${JSON.stringify({ compilerOptions: consumerOptions(skipLibCheck), files: [file] }, null, 2)}\n`);
      return path;
    };
    const project = (dir: string, file: string, skipLibCheck: boolean) => {
      const path = config(dir, file, skipLibCheck);
      return () => timed(process.execPath, [tsc, "-p", path], dir);
    };
    // The floor only with skipLibCheck on: off, an empty file still checks all of @types/node
    // and the libraries, nearly as long as either call, and the section would take a minute
    // more. What each file makes tsc read is counted instead (--listFilesOnly: no checking).
    const contenders: Record<string, () => Sample> = {
      [consumerNames.ours(false)]: project(ours, "call.ts", false),
      [consumerNames.jsClient(false)]: project(theirs, "call.ts", false),
      [consumerNames.ours(true)]: project(ours, "call.ts", true),
      [consumerNames.jsClient(true)]: project(theirs, "call.ts", true),
      [consumerNames.floor]: project(ours, "floor.ts", true),
    };
    const read = { [names.ours]: declarationsRead(tsc, config(ours, "call.ts", false), ours), [names.jsClient]: declarationsRead(tsc, config(theirs, "call.ts", false), theirs) };
    results.consumer = { results: compare(contenders, ctx.runs), read, runs: ctx.runs, machine: note, typesNode };
    log(`consumer type-check: ${elapsed()}`);
  }
  return results;
}


const date = () => new Date().toISOString().slice(0, 10);
const written = (section: string) => `Written by \`npm run bench\` (this section alone: \`npm run bench -- --only ${section}\`) on ${date()}`;
const mem = (kb: number | undefined) => (kb === undefined ? "n/a" : `${Math.round(kb / 1024)} MB`);

export function sizeSection(size: PackageResults["size"]): string[] {
  const { ours, jsClient } = size.packed;
  const mine = size.installed[names.ours]!;
  const theirs = size.installed[names.jsClient]!;
  return [
    "## Package size (npm pack, and a fresh install into an empty project)",
    "",
    `${written("size")}. One measurement each: sizes do not vary from run to run.`,
    `Machine: ${size.machine}.`,
    "",
    "Commands: `npm pack --ignore-scripts --dry-run --json` in this repository (dist/ as built) and",
    `\`npm pack @northflank/js-client@${versions.jsClient} --dry-run --json\`; then, in a new empty project under`,
    "`node_modules/.cache/northflank-build-kit/bench/`, `npm install --ignore-scripts --prefer-offline <tarball or name>`,",
    "`du -sk node_modules` (disk) and `du -sb node_modules` (the files' own bytes), and the packages in",
    "`node_modules/.package-lock.json` (nested copies too; the installed package itself counts as one).",
    "",
    "| package | tarball | unpacked | files |",
    "| --- | --- | --- | --- |",
    `| ${names.ours} | ${kib(ours.size)} | ${kib(ours.unpackedSize)} | ${ours.entryCount} |`,
    `| ${names.jsClient} | ${kib(jsClient.size)} | ${kib(jsClient.unpackedSize)} | ${jsClient.entryCount} |`,
    `| ours / js-client | ${ratio(ours.size, jsClient.size)} | ${ratio(ours.unpackedSize, jsClient.unpackedSize)} | ${ratio(ours.entryCount, jsClient.entryCount)} |`,
    "",
    "| installed into an empty project | node_modules on disk | bytes of its files | packages | largest three |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(size.installed).map(([name, r]) => `| ${name} | ${mib(r.disk)} | ${mib(r.apparent)} | ${r.packages} | ${r.largest.map((l) => `${l.name} ${mib(l.bytes)}`).join(", ")} |`),
    `| ours / js-client | ${ratio(mine.disk, theirs.disk)} | ${ratio(mine.apparent, theirs.apparent)} | ${ratio(mine.packages, theirs.packages)} | |`,
    "",
    `The tarball is ${ratio(ours.size, jsClient.size)} of js-client's, but installed it is ${ratio(mine.disk, theirs.disk)} on disk: of its dependencies the client and CLI import only openapi-fetch; the largest (${mine.largest.map((l) => l.name).join(", ")}) are the generator's, and a consumer who only calls the client installs them too.`,
    "",
  ];
}

export function startupSection(startup: PackageResults["startup"]): string[] {
  const r = startup.results;
  const floor = r[startupNames.floor]!.seconds;
  const dry = r[startupNames.ourDry]!.seconds;
  const help = r[startupNames.ourHelp]!.seconds;
  const theirHelp = r[startupNames.theirHelp]!.seconds;
  const theirCommand = r[startupNames.theirCommand]!.seconds;
  return [
    "## CLI start-up (a new process each time, files in the page cache)",
    "",
    `${written("startup")}. Medians of ${startup.runs} runs, the five commands alternating in each round, in one run.`,
    `Machine: ${startup.machine}.`,
    "",
    `Each command is \`node <bin> <args>\` under GNU time (for CPU time and peak memory), spawned from the bench, so the floor includes the spawn; with \`NORTHFLANK_API_TOKEN=x\` and an empty \`HOME\`. \`nfbuild\` is this repository's \`bin/nfbuild.js\`; \`northflank\` is \`@northflank/cli@${versions.cli}\`'s \`dist/cli.js\`, installed into a bench project, its daily update check marked done so it makes no request. Each command runs once untimed first.`,
    "",
    "| command | median wall | / node -e 0 | above the floor | median CPU | peak memory |",
    "| --- | --- | --- | --- | --- | --- |",
    ...Object.entries(r).map(([name, s]) => `| ${name} | ${ms(s.seconds)} | ${ratio(s.seconds, floor)} | ${ms(s.seconds - floor)} | ${s.cpu === undefined ? "n/a" : ms(s.cpu)} | ${mem(s.kb)} |`),
    "",
    `- Target: \`nfbuild ... --dry-run\` median <= 0.15 s on Node 20 here: ${dry.toFixed(3)} s, ${ratio(dry, floor)} the floor (${floor.toFixed(3)} s), ${verdict(dry <= 0.15)}.`,
    floor < 0.15
      ? `- The target leaves ${ms(0.15 - floor)} above bare Node on this machine now; the dry run takes ${ms(dry - floor)} of its own.`
      : `- Bare Node alone (${floor.toFixed(3)} s) is over the target on this machine now; the dry run adds ${ms(dry - floor)} to it.`,
    `- \`nfbuild --help\` / \`northflank --help\`: ${ratio(help, theirHelp)}; \`nfbuild start-job-build ... --dry-run\` / \`northflank start job build --help\`: ${ratio(dry, theirCommand)}.`,
    "- `northflank` has no dry run: `start job build` with ids sends the request (with no login it stops with \"No CLI context present\"), so its closest offline command is that command's `--help`.",
    "",
    `\`nfbuild\` takes ${ms(dry - floor)} above bare Node for a whole dry run (parse, validate, print the request); \`northflank\` takes ${ms(theirCommand - floor)} to print one command's help.`,
    "",
  ];
}

export function consumerSection(consumer: PackageResults["consumer"]): string[] {
  const r = consumer.results;
  const [mineOff, theirsOff, mineOn, theirsOn, floor] = [r[consumerNames.ours(false)]!, r[consumerNames.jsClient(false)]!, r[consumerNames.ours(true)]!, r[consumerNames.jsClient(true)]!, r[consumerNames.floor]!];
  const secs = (x: number) => `${x.toFixed(2)} s`;
  const added = (x: number) => (x > 0 ? secs(x) : "nothing measurable");
  const lines = (n: { files: number; lines: number }) => `${n.lines.toLocaleString("en-US")} lines, ${n.files} files`;
  const mineRead = consumer.read[names.ours]!;
  const theirsRead = consumer.read[names.jsClient]!;
  const [mineAbove, theirsAbove] = [mineOn.seconds - floor.seconds, theirsOn.seconds - floor.seconds];
  return [
    "## A consumer's type-check of one call (`tsc -p`, one file that starts a job build)",
    "",
    `${written("consumer-typecheck")}. Medians of ${consumer.runs} runs, the five contenders alternating in each round, in one run.`,
    `Machine: ${consumer.machine}.`,
    "",
    `Each consumer project has the package (this repository's tarball, or \`@northflank/js-client@${versions.jsClient}\`) and \`@types/node@${consumer.typesNode}\`; both are checked by this repository's tsc ${tscVersion()}, \`node tsc -p\` with \`${JSON.stringify(consumerOptions(false))}\` (and the same with skipLibCheck true), \`files\` being the one file.`,
    "The file: `createClient({ token }).startJobBuild({ projectId: \"p\", jobId: \"j\", sha })` for ours; for js-client `new ApiClient(contextProvider)` with an `ApiClientInMemoryContextProvider` and `apiClient.start.job.build({ parameters: { projectId, jobId }, data: { sha } })`; both then read `data.id` and `data.status`. The floor is `export {};` with the same options: tsc, @types/node and TypeScript's libraries alone. \`lib\` is ES2023 without DOM, as a Node project has it (@tsconfig/node20, this repository).",
    "",
    "| file | skipLibCheck false | skipLibCheck true | above the floor (true) | peak memory (false / true) |",
    "| --- | --- | --- | --- | --- |",
    `| ${names.ours} | ${secs(mineOff.seconds)} | ${secs(mineOn.seconds)} | ${secs(mineAbove)} | ${mem(mineOff.kb)} / ${mem(mineOn.kb)} |`,
    `| ${names.jsClient} | ${secs(theirsOff.seconds)} | ${secs(theirsOn.seconds)} | ${secs(theirsAbove)} | ${mem(theirsOff.kb)} / ${mem(theirsOn.kb)} |`,
    `| empty file (the floor) | not run (see below) | ${secs(floor.seconds)} | | ${mem(floor.kb)} |`,
    `| ours / js-client | ${ratio(mineOff.seconds, theirsOff.seconds)} | ${ratio(mineOn.seconds, theirsOn.seconds)} | ${mineAbove > 0 && theirsAbove > 0 ? ratio(mineAbove, theirsAbove) : "n/a (within noise)"} | |`,
    "",
    "What tsc reads for each file (`tsc -p <the skipLibCheck false config> --listFilesOnly`, counted once):",
    "",
    "| file | the package and its dependencies' declarations | @types/node and undici-types | TypeScript's libraries |",
    "| --- | --- | --- | --- |",
    `| ${names.ours} | ${lines(mineRead.packages)} | ${lines(mineRead.node)} | ${lines(mineRead.libs)} |`,
    `| ${names.jsClient} | ${lines(theirsRead.packages)} | ${lines(theirsRead.node)} | ${lines(theirsRead.libs)} |`,
    "",
    "The floor is not run with skipLibCheck false: an empty file then still checks all of @types/node and the libraries, nearly as long as either call, and this section would take a minute more.",
    "",
    `With skipLibCheck on (\`tsc --init\`'s default), ours adds ${added(mineAbove)} to an empty file's check and js-client ${added(theirsAbove)}, reading ${mineRead.packages.lines.toLocaleString("en-US")} lines of package declarations against ${theirsRead.packages.lines.toLocaleString("en-US")}; with it off, both also check @types/node and the libraries (${(mineRead.node.lines + mineRead.libs.lines).toLocaleString("en-US")} lines), and ours / js-client is ${ratio(mineOff.seconds, theirsOff.seconds)}.`,
    "",
  ];
}

function consumerOptions(skipLibCheck: boolean) {
  return { strict: true, target: "ES2022", lib: ["ES2023"], module: "nodenext", moduleResolution: "nodenext", types: ["node"], noEmit: true, skipLibCheck };
}

function tscVersion(): string {
  return (JSON.parse(readFileSync("node_modules/typescript/package.json", "utf8")) as { version: string }).version;
}
