/**
 * `npm run bench [-- --runs 5 --skip-others --only <sections>]`: side-by-side medians, written
 * to BENCHMARKS.md. A script, not a test: the machines are shared and noisy, so every figure
 * is a median of alternating runs, and each target is a ratio measured in the same run.
 *
 * On GitHub's spec:
 * - generation: openapi-typescript alone vs our whole generation (types, client, CLI), and
 *   hey-api and orval (installed by this script into a temp folder, never project deps)
 * - typecheck: tsc --noEmit (strict) on our output vs on openapi-typescript's types alone
 * - incremental: a run when nothing changed, and after a one-line edit
 * - watch: `generate --watch`, save to files written, on our spec and on GitHub's (against a full build)
 * - requests: requests/s, the generated function vs openapi-fetch's POST vs raw fetch, on 127.0.0.1
 * - bundles: bundle size of one operation's function with its runtime vs openapi-fetch alone
 * The package as installed, against Northflank's own (scripts/bench/package.ts; `--only package`
 * runs these three alone, in about three minutes):
 * - size: npm pack and installed size vs @northflank/js-client
 * - startup: nfbuild's start-up vs @northflank/cli's, with bare node as the floor
 * - consumer-typecheck: tsc on a one-call file against each package's types
 * - diff: `npm run diff` on two releases of GitHub's spec (@octokit/openapi 22.0.0 -> 23.0.2), target 5 s
 * And not a speed: `wire`, the request-correctness sweep over every real spec
 * (test/real-specs/requests.test.ts), its figures per spec copied from the test's report.
 *
 * `--only a,b` runs those sections and rewrites only their parts of BENCHMARKS.md (each part
 * sits between `<!-- bench:name -->` markers); without it, the whole file is written.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, totalmem, type as osType, release } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import createFetchClient from "openapi-fetch";
import { createClient } from "../src/index.js";
import type { paths } from "../generated/schema.js";
import { compare as compareRuns, log, median, timed, verdict, type Sample } from "./bench/measure.js";
import { consumerSection, measurePackage, sizeSection, startupSection } from "./bench/package.js";
import { requestStages, wholeCallWithoutNetwork } from "./bench/request-stages.js";
import { watchSaves } from "./bench/watch.js";

const sections = ["generation", "typecheck", "incremental", "watch", "requests", "bundles", "size", "startup", "consumer-typecheck", "diff", "wire"] as const;
type Section = (typeof sections)[number];
const groups: Record<string, Section[]> = { package: ["size", "startup", "consumer-typecheck"] };

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "5" }, "skip-others": { type: "boolean", default: false }, only: { type: "string" } } });
const runs = Math.max(5, Number(args.runs));
const only = new Set<Section>(
  args.only === undefined
    ? sections
    : args.only.split(",").flatMap((name) => {
        if (groups[name]) return groups[name]!;
        if ((sections as readonly string[]).includes(name)) return [name as Section];
        throw new Error(`--only: unknown section ${JSON.stringify(name)}; known: ${[...sections, ...Object.keys(groups)].join(", ")}`);
      }),
);
const root = resolve(".");
const github = join(root, "node_modules/@octokit/openapi/generated/api.github.com.json");
const work = join(root, "test/output/bench");
const tools = join(work, "tools");
const versions = { heyApi: "0.95.0", orval: "7.13.2" };

const compare = (contenders: Record<string, () => Sample>) => compareRuns(contenders, runs);

function installOthers(): void {
  if (existsSync(join(tools, "node_modules/.bin/orval"))) return;
  mkdirSync(tools, { recursive: true });
  writeFileSync(join(tools, "package.json"), JSON.stringify({ name: "bench-tools", private: true }));
  log(`installing @hey-api/openapi-ts@${versions.heyApi} and orval@${versions.orval} into ${tools}`);
  execFileSync("npm", ["install", "--no-audit", "--no-fund", `@hey-api/openapi-ts@${versions.heyApi}`, `orval@${versions.orval}`], { cwd: tools, stdio: "ignore" });
  writeFileSync(join(tools, "orval.config.cjs"), `module.exports = { github: { input: ${JSON.stringify(github)}, output: { target: "out/orval/api.ts", client: "fetch", mode: "single" } } };\n`);
}

function generation() {
  mkdirSync(join(work, "ots"), { recursive: true });
  // From scratch each time, as the others run: no manifest, so no fast path.
  const ours = () => {
    rmSync(join(work, "ours"), { recursive: true, force: true });
    return timed(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--spec", github, "--out", join(work, "ours"), "--no-docs"], root);
  };
  // openapi-typescript runs in a folder without redocly.yaml, so it lints with its own defaults.
  const ots = () => timed(process.execPath, [join(root, "node_modules/openapi-typescript/bin/cli.js"), github, "-o", join(work, "ots/schema.d.ts")], join(work, "ots"));
  const contenders: Record<string, () => { seconds: number; kb: number | undefined }> = { "openapi-typescript alone": ots, "ours (types + client + CLI)": ours };
  if (!args["skip-others"]) {
    installOthers();
    contenders[`hey-api ${versions.heyApi} (fetch client)`] = () => timed(join(tools, "node_modules/.bin/openapi-ts"), ["-i", github, "-o", "out/hey", "-c", "@hey-api/client-fetch"], tools);
    contenders[`orval ${versions.orval} (fetch client)`] = () => timed(join(tools, "node_modules/.bin/orval"), ["--config", "orval.config.cjs"], tools);
  }
  return compare(contenders);
}

function typecheck() {
  // Run alone (`--only typecheck`), the outputs may not be there yet: made once, untimed.
  if (!existsSync(join(work, "ours")) || readdirSync(join(work, "ours")).length === 0) timed(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--spec", github, "--out", join(work, "ours"), "--no-docs"], root);
  mkdirSync(join(work, "ots"), { recursive: true });
  if (!existsSync(join(work, "ots/schema.d.ts"))) timed(process.execPath, [join(root, "node_modules/openapi-typescript/bin/cli.js"), github, "-o", join(work, "ots/schema.d.ts")], join(work, "ots"));
  const project = (name: string, include: string[]) => {
    const file = join(work, `tsconfig.${name}.json`);
    // .d.ts files are checked too (skipLibCheck off): openapi-typescript's output is one.
    writeFileSync(file, JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { skipLibCheck: false }, include, exclude: [] }));
    return () => timed(process.execPath, ["--max-old-space-size=6144", join(root, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", file], root);
  };
  return compare({ "openapi-typescript's types alone": project("ots", ["ots/*.ts"]), "our whole output": project("ours", ["ours/*.ts"]) });
}

/**
 * The build-step case: a run when nothing changed (the manifest's fast path), and a run
 * after a one-line description edit, on our spec and on GitHub's.
 */
function incremental() {
  const cases = { "openapi.yaml": join(root, "openapi.yaml"), "GitHub's spec": github };
  const result: Record<string, { noop: number; edit: number }> = {};
  for (const [name, source] of Object.entries(cases)) {
    const dir = join(work, "incremental", name.replace(/\W+/g, "-"));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, source.endsWith(".json") ? "spec.json" : "openapi.yaml");
    writeFileSync(spec, readFileSync(source, "utf8"));
    if (source.endsWith(".yaml")) writeFileSync(join(dir, "redocly.yaml"), readFileSync(join(root, "redocly.yaml")));
    const run = () => timed(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--spec", spec, "--out", join(dir, "out"), "--no-docs"], root);
    run();
    const noop: number[] = [];
    const edit: number[] = [];
    for (let round = 0; round < runs; round++) {
      noop.push(run().seconds);
      // One line of text changes: a description gains or loses a word.
      const text = readFileSync(spec, "utf8");
      const edited = source.endsWith(".json") ? text.replace('"description": "', '"description": "Edited. ') : text.replace("Start a new build for the given job.", "Start a new build of the given job.");
      writeFileSync(spec, round % 2 === 0 ? edited : readFileSync(source, "utf8"));
      edit.push(run().seconds);
      log(`round ${round + 1}/${runs} ${name}: no-op ${noop.at(-1)!.toFixed(2)} s, after an edit ${edit.at(-1)!.toFixed(2)} s`);
    }
    result[name] = { noop: median(noop), edit: median(edit) };
  }
  return result;
}

/**
 * `generate --watch`: a save of openapi.yaml to its files written (target 0.2 s), and on
 * GitHub's spec a one-line edit to files written against a whole cold build, alternating.
 */
async function watchFigures() {
  const dir = join(work, "watch");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ours = join(dir, "openapi.yaml");
  writeFileSync(ours, readFileSync(join(root, "openapi.yaml")));
  writeFileSync(join(dir, "redocly.yaml"), readFileSync(join(root, "redocly.yaml")));
  const small = await watchSaves(root, ours, join(dir, "out-ours"), runs * 2, (text) => text.replace("Start a new build for the given job.", "Start a new build of the given job."));
  // In a folder of its own: the lint config beside openapi.yaml is ours, not GitHub's.
  mkdirSync(join(dir, "github"));
  const big = join(dir, "github/spec.json");
  writeFileSync(big, readFileSync(github));
  const cold: Sample[] = [];
  const fullBuild = () => {
    rmSync(join(dir, "out-cold"), { recursive: true, force: true });
    cold.push(timed(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--spec", big, "--out", join(dir, "out-cold"), "--no-docs"], root));
    log(`full build of GitHub's spec: ${cold.at(-1)!.seconds.toFixed(2)} s`);
  };
  const editBig = (text: string) => text.replace('"description": "', '"description": "Edited. ');
  const large = await watchSaves(root, big, join(dir, "out-github"), runs, editBig, fullBuild);
  // Started on a folder already up to date (a cold build of the spec as it is): the first save, once the warm-up is done.
  fullBuild();
  const afterWarmUp = await watchSaves(root, big, join(dir, "out-cold"), 1, editBig, undefined, /^generate --watch: warmed up/);
  return { small, large, afterWarmUp, full: median(cold.map((sample) => sample.seconds)), fullBuilds: cold.length };
}

/** Requests/s through each client against one local server, alternating, bounded in count. */
async function throughput() {
  const body = JSON.stringify({ data: { id: "joyous-view-6290", status: "PENDING", concluded: false } });
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const input = { projectId: "p", jobId: "j", sha: "262ed9817b3cad5142fbceabe0c9e371e390d616", overrides: { buildArguments: { A: "1" }, docker: { dockerFilePath: "/Dockerfile" } } };
  const { projectId, jobId, ...json } = input;
  const ours = createClient({ baseUrl, token: "t", validate: true });
  // openapi-fetch has no time limit; ours has one by default, and without it no AbortController.
  const unlimited = createClient({ baseUrl, token: "t", validate: true, timeout: 0 });
  const plain = createFetchClient<paths>({ baseUrl, headers: { Authorization: "Bearer t" } });
  const path = "/v1/projects/{projectId}/jobs/{jobId}/build";
  const url = `${baseUrl}/v1/projects/${projectId}/jobs/${jobId}/build`;
  const clients: Record<string, () => Promise<unknown>> = {
    "generated startJobBuild (validation on)": () => ours.startJobBuild(input),
    "generated startJobBuild (validation on, timeout 0: no limit)": () => unlimited.startJobBuild(input),
    "openapi-fetch POST": () => plain.POST(path, { params: { path: { projectId, jobId } }, body: json }).then((r) => r.data),
    "raw fetch": () => fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer t" }, body: JSON.stringify(json) }).then((r) => r.json()),
    // The floor for any client with a time limit: fetch's own cost of following a signal.
    [limitedRawName]: () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      return fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Authorization: "Bearer t" }, body: JSON.stringify(json), signal: controller.signal })
        .then((r) => r.json())
        .finally(() => clearTimeout(timer));
    },
    // And what else the generated call asks of fetch: a POST's redirects not followed by fetch, a Headers object with a User-Agent.
    [askedRawName]: () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60_000);
      const headers = new Headers({ "Content-Type": "application/json", "User-Agent": "bench", Authorization: "Bearer t" });
      return fetch(url, { method: "POST", headers, body: JSON.stringify(json), signal: controller.signal, redirect: "manual" })
        .then((r) => r.json())
        .finally(() => clearTimeout(timer));
    },
  };
  const perRound = 2_000;
  const rpsRounds = runs * 3;
  const concurrency = 8;
  const rates: Record<string, number[]> = Object.fromEntries(Object.keys(clients).map((n) => [n, []]));
  // CPU per request (client and the in-process server together): steadier than wall time on a shared machine.
  const cpu: Record<string, number[]> = Object.fromEntries(Object.keys(clients).map((n) => [n, []]));
  const names = Object.keys(clients);
  for (const name of names) for (let i = 0; i < 200; i++) await clients[name]!(); // warm up
  // Three times the rounds of the other figures: a round takes a second, and on a shared
  // machine single rounds of this loop swing by 10%.
  for (let round = 0; round < rpsRounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      let sent = 0;
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      await Promise.all(Array.from({ length: concurrency }, async () => {
        while (sent < perRound) {
          sent++;
          await clients[name]!();
        }
      }));
      rates[name]!.push(perRound / ((performance.now() - started) / 1000));
      const used = process.cpuUsage(cpuBefore);
      cpu[name]!.push((used.user + used.system) / perRound);
    }
  }
  await new Promise<void>((done) => server.close(() => done()));
  return { rps: Object.fromEntries(names.map((n) => [n, median(rates[n]!)])), cpu: Object.fromEntries(names.map((n) => [n, median(cpu[n]!)])), stages: requestStages(input, runs), whole: await wholeCallWithoutNetwork(input, runs) };
}

async function bundleSizes() {
  const size = async (contents: string) => {
    const result = await build({ stdin: { contents, resolveDir: root, loader: "ts" }, bundle: true, minify: true, write: false, format: "esm", platform: "neutral", mainFields: ["module", "main"] });
    const code = result.outputFiles[0]!.contents;
    return { min: code.length, gzip: gzipSync(code).length };
  };
  return {
    "openapi-fetch alone": await size(`import createClient from "openapi-fetch"; console.log(createClient);`),
    "startJobBuild + createTransport (validation, retries, errors)": await size(`import { startJobBuild } from "./generated/client.gen.js"; import { createTransport } from "./src/runtime/index.ts"; console.log(startJobBuild, createTransport);`),
    "createClient (whole generated client)": await size(`import { createClient } from "./src/index.ts"; console.log(createClient);`),
  };
}

function version(pkg: string, from = root): string {
  return (JSON.parse(readFileSync(join(from, "node_modules", pkg, "package.json"), "utf8")) as { version: string }).version;
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
const mb = (kb: number | undefined) => (kb === undefined ? "n/a" : `${Math.round(kb / 1024)} MB`);

function generationSection(gen: Record<string, Sample>): string[] {
  const ots = gen["openapi-typescript alone"]!;
  const ours = gen["ours (types + client + CLI)"]!;
  const others = Object.entries(gen).filter(([n]) => n.startsWith("hey-api") || n.startsWith("orval"));
  return [
    "## Generation (wall time of the command, peak memory)",
    "",
    "| tool | median | CPU (user + system) | peak memory | ours / tool |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(gen).map(([name, r]) => `| ${name} | ${r.seconds.toFixed(2)} s | ${r.cpu === undefined ? "n/a" : `${r.cpu.toFixed(2)} s`} | ${mb(r.kb)} | ${name.startsWith("ours") ? "" : ratio(ours.seconds, r.seconds)} |`),
    "",
    `- Target: whole generation <= 1.0x openapi-typescript alone: ${ratio(ours.seconds, ots.seconds)}, ${verdict(ours.seconds <= ots.seconds)}${ours.seconds <= ots.seconds ? "." : `, over by ${(ours.seconds - ots.seconds).toFixed(2)} s. Ours does openapi-typescript's work and more: Redocly's lint, the types (openapi-typescript's transform and printer, in a worker that types its own parse of the file while this thread lints), and the model, the client, CLI and docs spec (ts-morph's printer), ${ours.cpu === undefined || ots.cpu === undefined ? "" : `${ours.cpu.toFixed(1)} s of CPU against ${ots.cpu.toFixed(1)} s, `}on two threads. The worker is now done first: what is left is this thread's own work after the lint (the model and the emitters, 1.2 s; hashing and writing 40 MB of output), and on 2 cores less work, not more overlap.`}`,
    `- Target: peak memory <= openapi-typescript alone: ${mb(ours.kb)} against ${mb(ots.kb)}, ${ours.kb === undefined || ots.kb === undefined ? "not measured (no GNU time)" : verdict(ours.kb <= ots.kb)}${ours.kb === undefined || ots.kb === undefined || ours.kb <= ots.kb ? "." : `, over by ${mb(ours.kb - ots.kb)}. The peak comes as the types worker finishes (it exits as soon as it has answered): its heap, with openapi-typescript's TypeScript and its own parse of the spec, while this thread, with ts-morph's TypeScript and its own copy, emits the client, CLI and docs spec; openapi-typescript alone has one thread and one copy. The worker runs with a 12 MB young generation (V8's default is 48 MB), which holds about 35 MB less garbage at that moment; from run to run the peak still moves by about 40 MB with the garbage collector's timing.`}`,
    ...others.map(([name, r]) => `- Target: faster than ${name}: ${ratio(ours.seconds, r.seconds)}, ${verdict(ours.seconds < r.seconds)}.`),
    "",
  ];
}

function typecheckSection(tsc: Record<string, Sample>): string[] {
  const tscOts = tsc["openapi-typescript's types alone"]!;
  const tscOurs = tsc["our whole output"]!;
  return [
    "## Type-checking the output (`tsc --noEmit`, strict, noUncheckedIndexedAccess)",
    "",
    "| output | median | peak memory |",
    "| --- | --- | --- |",
    ...Object.entries(tsc).map(([name, r]) => `| ${name} | ${r.seconds.toFixed(2)} s | ${mb(r.kb)} |`),
    "",
    `- Target: <= 1.3x: ${ratio(tscOurs.seconds, tscOts.seconds)}, ${verdict(tscOurs.seconds <= 1.3 * tscOts.seconds)}.`,
    "",
  ];
}

function incrementalSection(incr: Record<string, { noop: number; edit: number }>): string[] {
  return [
    "## As a build step: nothing changed, and one line changed (`npm run generate`, docs HTML off)",
    "",
    "| spec | no-op | after a one-line description edit |",
    "| --- | --- | --- |",
    ...Object.entries(incr).map(([name, r]) => `| ${name} | ${r.noop.toFixed(2)} s | ${r.edit.toFixed(2)} s |`),
    "",
    "The no-op reads the manifest and hashes inputs and outputs, loading none of the heavy modules. An edit regenerates everything: outputs are whole files, and only those that changed are written.",
    "",
  ];
}

const limitedRawName = "raw fetch with a 60 s time limit (AbortController and timer)";
const askedRawName = "raw fetch with that time limit, redirect: manual and a Headers object";

function requestsSection({ rps, cpu, stages, whole }: Awaited<ReturnType<typeof throughput>>): string[] {
  const oursName = "generated startJobBuild (validation on)";
  const unlimitedName = "generated startJobBuild (validation on, timeout 0: no limit)";
  const oursRps = rps[oursName]!;
  const unlimitedRps = rps[unlimitedName]!;
  const fetchRps = rps["openapi-fetch POST"]!;
  const rawRps = rps["raw fetch"]!;
  // A success runs every stage but the error's.
  const successStages = Object.entries(stages).filter(([name]) => !name.startsWith("map an error"));
  const stageSum = successStages.reduce((sum, [, us]) => sum + us, 0);
  const extraCpu = cpu[oursName]! - cpu["raw fetch"]!;
  const limitCpu = cpu[oursName]! - cpu[unlimitedName]!;
  return [
    `## Requests per second on 127.0.0.1 (2,000 requests a round, 8 at a time, medians of ${runs * 3} rounds)`,
    "",
    "CPU per request is the process's (client and the in-process server together), median over the same rounds.",
    "",
    "| client | median req/s | / raw fetch | CPU per request |",
    "| --- | --- | --- | --- |",
    ...Object.entries(rps).map(([name, r]) => `| ${name} | ${Math.round(r)} | ${ratio(r, rawRps)} | ${Math.round(cpu[name]!)} µs |`),
    "",
    `- Target: >= 0.9x raw fetch with validation on, default settings (60 s time limit per attempt): ${ratio(oursRps, rawRps)}, ${verdict(oursRps >= 0.9 * rawRps)}${oursRps >= 0.9 * rawRps ? "" : `, short by ${Math.round(0.9 * rawRps - oursRps)} req/s`}.`,
    `- With no time limit (\`timeout: 0\`): ${ratio(unlimitedRps, rawRps)} of raw fetch, ${verdict(unlimitedRps >= 0.9 * rawRps)}.`,
    `- Against openapi-fetch, which validates nothing and has no time limit: ${ratio(oursRps, fetchRps)} (first round's target >= 0.95x: ${verdict(oursRps >= 0.95 * fetchRps)}).`,
    `- Raw fetch asked what the generated call asks of it (the time limit, \`redirect: "manual"\`, a Headers object) runs at ${ratio(rps[askedRawName]!, rawRps)} of raw fetch: the floor for the generated call on this Node (undici ${process.versions.undici}). The generated call runs at ${ratio(oursRps, rps[askedRawName]!)} of that floor.`,
    "",
    "### Where a call's time goes, outside fetch",
    "",
    `Each stage of the transport run alone on the same request, 20,000 times a round, median of ${runs} rounds (scripts/bench/request-stages.ts). Raw fetch does the body's JSON and the response's parse too; the rest is ours.`,
    "",
    "| stage | µs per request |",
    "| --- | --- |",
    ...Object.entries(stages).map(([name, us]) => `| ${name} | ${us.toFixed(2)} |`),
    `| every stage of a success | ${stageSum.toFixed(1)} |`,
    `| the whole call, against a fetch that answers at once (no network, no server, no undici): no time limit | ${whole.unlimited.toFixed(1)} |`,
    `| the same, with the 60 s time limit | ${whole.limited.toFixed(1)} |`,
    "",
    `The generated call costs ${Math.round(extraCpu)} µs of CPU per request more than raw fetch; the stages of a success account for ${stageSum.toFixed(0)} µs of it. The time limit is ${Math.round(limitCpu)} µs of it (the two generated rows; ${Math.round(cpu[limitedRawName]! - cpu["raw fetch"]!)} µs for raw fetch): arming it costs ${stages["arm and clear the time limit (AbortController, timer)"]!.toFixed(0)} µs, but undici follows a request's AbortSignal with listeners, a WeakRef and a FinalizationRegistry entry of its own, paid mostly in garbage collection. Fetch without a signal could not be stopped at the time limit, leaving the socket to a hung server; the limit stays. What else the call asks of fetch (\`redirect: "manual"\`, so a POST is never turned into a GET; a Headers object; the User-Agent) costs ${Math.round(cpu[askedRawName]! - cpu[limitedRawName]!)} µs (the two raw rows with a time limit). The rest, ${Math.round(cpu[oursName]! - cpu[askedRawName]!)} µs over that floor, is not any one stage: without a time limit the call costs ${Math.round(cpu[unlimitedName]! - cpu["raw fetch"]!)} µs more than raw fetch on the network, but ${whole.unlimited.toFixed(0)} µs in all when run whole against a fetch that answers at once. Beside undici and the server the same code costs ${((cpu[unlimitedName]! - cpu["raw fetch"]!) / whole.unlimited).toFixed(1)}x what it costs alone, and a profile spreads the difference thin over the call's code, undici's and the server's.`,
    "",
  ];
}

function watchSection({ small, large, afterWarmUp, full, fullBuilds }: Awaited<ReturnType<typeof watchFigures>>): string[] {
  const edit = large.median / 1000;
  return [
    "## Watch mode: a save to its files written (`generate --watch --no-docs`)",
    "",
    "The watcher keeps loaded between runs the generator's modules, openapi-typescript's worker (with each path item's and component's types), a lint worker (with Redocly, and the last save's spec in parts: after a clean lint, a save lints only the parts it changed and those whose `$ref`s reach them), each operation's model and all that was made of it (request examples, CLI command, client declarations, validation consts, code samples: kept while the operation's path item and every part of the spec its `$ref`s reach are unchanged) and the docs spec it last wrote; each figure runs from the save (the write of the file; the watcher's 40 ms debounce included) to its `generate: ... in Ns` line, once every file that changed is written.",
    "",
    "| spec | saves | median | fastest | slowest |",
    "| --- | --- | --- | --- | --- |",
    ...[["openapi.yaml (one description edited)", small] as const, ["GitHub's spec (one description edited)", large] as const].map(
      ([name, t]) => `| ${name} | ${t.saves.length} | ${Math.round(t.median)} ms | ${Math.round(Math.min(...t.saves))} ms | ${Math.round(Math.max(...t.saves))} ms |`,
    ),
    `| GitHub's spec, the first save after watch mode started on a folder already up to date (once its warm-up in memory is done) | 1 | ${Math.round(afterWarmUp.median)} ms | | |`,
    `| GitHub's spec, a whole cold build (alternating with the saves above) | ${fullBuilds} | ${Math.round(full * 1000)} ms | | |`,
    "",
    `- Started on a folder already up to date, watch mode writes nothing and runs the chain once in memory (its warm-up), so the first save costs ${ratio(afterWarmUp.median / 1000, full)} of a full build, not a full build.`,
    `- Target: openapi.yaml save to files written <= 0.2 s: ${(small.median / 1000).toFixed(2)} s, ${verdict(small.median <= 200)}.`,
    `- Target: GitHub's spec, an edit <= 0.3x a full build: ${ratio(edit, full)}, ${verdict(edit <= 0.3 * full)}. A save rebuilds only the operations the edit reaches (none for this one), and lints only the parts it changed (here the info object).${edit <= 0.3 * full ? "" : ` What is left is work on the whole spec, on three threads sharing this machine's two cores: each thread reads and parses the 13 MB spec (about 0.15 s of CPU each, GC included), the types worker repairs it and compares every unit with the last save's (about 0.35 s), the main thread inlines and repairs it and hashes its parts (about 0.3 s), then writes, encodes and hashes the 14 MB docs spec whole (about 0.2 s, most of it the garbage collector's), and the main thread and the types worker end within 0.1 s of each other. Closing the gap needs less whole-spec work: a parse that keeps the last save's unchanged parts, and a docs spec written by parts.`}`,
    "",
  ];
}

function bundlesSection(sizes: Record<string, { min: number; gzip: number }>): string[] {
  return [
    "## Bundle size (esbuild, minified, ESM)",
    "",
    "| entry | minified | gzip |",
    "| --- | --- | --- |",
    ...Object.entries(sizes).map(([name, s]) => `| ${name} | ${s.min} B | ${s.gzip} B |`),
    "",
  ];
}

const rerunSection = [
  "## How to rerun",
  "",
  "`npm run bench` (about 15 minutes; `-- --runs 7` for more runs, `-- --skip-others` to leave out hey-api and orval).",
  "hey-api and orval are installed by the script into `test/output/bench/tools`, not as project dependencies.",
  `\`npm run bench -- --only package\` measures the installed package alone (size, start-up, a consumer's type-check; about three minutes), its projects in \`node_modules/.cache/northflank-build-kit/bench/\`; \`--only\` takes a comma-separated list of ${sections.map((s) => `\`${s}\``).join(", ")} and rewrites only those sections here.`,
  "",
];

/** `npm run diff` on two releases of GitHub's spec, whole (load both, compare, locate, format), against the issue's 5 s. */
function diffSection(): string[] {
  const releases = ["node_modules/@octokit/openapi-22/generated/api.github.com.json", "node_modules/@octokit/openapi/generated/api.github.com.json"];
  const report = JSON.parse(execFileSync(process.execPath, ["scripts/run-compiled.mjs", "scripts/diff.ts", ...releases, "--format", "json"], { cwd: root, maxBuffer: 1 << 28, encoding: "utf8" })) as { summary: Record<string, number> };
  const { "npm run diff": run } = compare({ "npm run diff": () => timed(process.execPath, ["scripts/run-compiled.mjs", "scripts/diff.ts", ...releases], root) });
  const checks = (JSON.parse(readFileSync("test/fixtures/github-hand-check.json", "utf8")) as { checks: { verdict: string }[] }).checks;
  const count = (kind: string) => checks.filter((check) => check.verdict === kind).length;
  return [
    "## What a spec change does to callers: two releases of GitHub's spec",
    "",
    `\`npm run diff\` from \`@octokit/openapi\` 22.0.0 to 23.0.2 (13 MB each, about 1,200 operations), the whole command: start, load both, compare, locate each change in the file, print. Median of ${runs}: **${run!.seconds.toFixed(2)} s** (target 5 s: ${verdict(run!.seconds <= 5)}), peak memory ${run!.kb ? `${Math.round(run!.kb / 1024)} MB` : "n/a"}. It reports ${report.summary.breaking} breaking, ${report.summary.nonBreaking} non-breaking and ${report.summary.info} info changes.`,
    "",
    `A hand-check of ${checks.length} of its breaking changes, sampled across every kind it reported, each looked up in both specs (and where disputed, checked with Ajv and openapi-typescript's types), is in \`test/fixtures/github-hand-check.json\` and runs as a test: as first reported, ${count("correct")} were right on all counts, ${count("pointer-off")} right but pointing one key off (at \`type\`, not the \`nullable\` added), ${count("wrong-severity")} real but not breaking for a TypeScript caller (an integer gaining \`format: int64\`), and ${count("false-positive")} false (an enum rewritten as one-value \`oneOf\` variants, read as three changes; two \`oneOf\` variants merged into one that takes both). All ${checks.length - count("correct")} are mended, and the test holds each verdict.`,
    "",
  ];
}

/**
 * The sweep's figures: it runs as a test (it asserts every request), and writes its report
 * whether or not it passes; a failing sweep is said here, not hidden.
 */
function wireSection(): string[] {
  const report = join(root, "test/output/requests/report.md");
  rmSync(report, { force: true });
  let passed = true;
  try {
    execFileSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "test/real-specs/requests.test.ts"], { cwd: root, stdio: "ignore" });
  } catch {
    passed = false;
  }
  const text = existsSync(report) ? readFileSync(report, "utf8").trim() : "(the sweep wrote no report)";
  return [
    "## Requests on the wire: every operation of every real spec",
    "",
    "Each operation gets a valid input synthesized from its schemas (openapi-sampler, then json-schema-faker where that breaks a schema; checked with Ajv), sent by the generated client and by the generated CLI to Prism serving that spec, through a recorder on 127.0.0.1. A request counts as accepted when Prism takes it and it is exactly what the OpenAPI specification prescribes (parameters by RFC 6570 and the Style Examples table, security, bodies by media type and `encoding`). \"Prism cannot read\" is a request that is as prescribed but that Prism rejects in a part it does not parse as the specification says, or on which it dies; each case is listed. GitHub's spec is sampled (every 8th operation).",
    "",
    passed ? "The sweep passed: no fault." : "**The sweep failed**: see the faults listed below.",
    "",
    text,
    "",
  ];
}

const block = (name: string, lines: string[]) => [`<!-- bench:${name} -->`, ...lines, `<!-- /bench:${name} -->`, ""].join("\n");

/** BENCHMARKS.md with each of `blocks` put in place of its old version, or before the rerun notes if new. */
function splice(md: string, blocks: Record<string, string>): string {
  for (const [name, text] of Object.entries(blocks)) {
    const start = md.indexOf(`<!-- bench:${name} -->`);
    const endMarker = `<!-- /bench:${name} -->`;
    const end = md.indexOf(endMarker);
    if (start >= 0 && end > start) {
      const after = md.slice(end + endMarker.length).replace(/^\n+/, "");
      md = `${md.slice(0, start)}${text}\n${after}`;
      continue;
    }
    const rerun = md.indexOf("<!-- bench:rerun -->");
    md = rerun >= 0 ? `${md.slice(0, rerun)}${text}\n${md.slice(rerun)}` : `${md.trimEnd()}\n\n${text}`;
  }
  return md.replace(/\n{3,}/g, "\n\n");
}

async function main() {
  mkdirSync(work, { recursive: true });
  const blocks: Partial<Record<Section | "rerun", string>> = {};
  if (only.has("generation")) {
    rmSync(join(work, "ours"), { recursive: true, force: true });
    log("generation");
    blocks.generation = block("generation", generationSection(generation()));
  }
  if (only.has("typecheck")) {
    log("type-check");
    blocks.typecheck = block("typecheck", typecheckSection(typecheck()));
  }
  if (only.has("incremental")) {
    log("incremental");
    blocks.incremental = block("incremental", incrementalSection(incremental()));
  }
  if (only.has("watch")) {
    log("watch mode");
    blocks.watch = block("watch", watchSection(await watchFigures()));
  }
  if (only.has("requests")) {
    log("requests/s");
    blocks.requests = block("requests", requestsSection(await throughput()));
  }
  if (only.has("bundles")) {
    log("bundle sizes");
    blocks.bundles = block("bundles", bundlesSection(await bundleSizes()));
  }
  const pkg = measurePackage({ root, runs }, { size: only.has("size"), startup: only.has("startup"), consumer: only.has("consumer-typecheck") });
  if (pkg.size) blocks.size = block("size", sizeSection(pkg.size));
  if (pkg.startup) blocks.startup = block("startup", startupSection(pkg.startup));
  if (pkg.consumer) blocks["consumer-typecheck"] = block("consumer-typecheck", consumerSection(pkg.consumer));
  if (only.has("diff")) {
    log("diff of two releases of GitHub's spec");
    blocks.diff = block("diff", diffSection());
  }
  if (only.has("wire")) {
    log("requests on the wire (the sweep test)");
    blocks.wire = block("wire", wireSection());
  }
  blocks.rerun = block("rerun", rerunSection);

  let md: string;
  if (only.size === sections.length) {
    md = [
      "# Benchmarks",
      "",
      `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Medians of ${runs} runs, contenders alternating in each round, on one machine in one run; ratios are ours over theirs.`,
      "",
      `Machine: ${osType()} ${release()}, ${cpus().length} x ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
      `Versions: this package ${JSON.parse(readFileSync("package.json", "utf8")).version}, openapi-typescript ${version("openapi-typescript")}, openapi-fetch ${version("openapi-fetch")}, ts-morph ${version("ts-morph")}, typescript ${version("typescript")}${args["skip-others"] ? "" : `, @hey-api/openapi-ts ${versions.heyApi}, orval ${versions.orval}`}.`,
      `Spec: GitHub's REST API (\`@octokit/openapi\` ${version("@octokit/openapi")}, \`generated/api.github.com.json\`, 1,223 operations).`,
      "",
      ...[...sections, "rerun" as const].map((name) => blocks[name]!),
    ].join("\n");
  } else {
    // The header's date and run count are the last whole run's: a section measured alone says its own.
    const alone = `_Measured alone (\`--only\`) on ${new Date().toISOString().slice(0, 10)}, medians of ${runs} runs._`;
    const marked = Object.fromEntries(Object.entries(blocks).map(([name, text]) => [name, name === "rerun" ? text : text!.replace(`<!-- /bench:${name} -->`, `${alone}\n\n<!-- /bench:${name} -->`)]));
    md = splice(existsSync("BENCHMARKS.md") ? readFileSync("BENCHMARKS.md", "utf8") : "# Benchmarks\n\n", marked);
  }
  writeFileSync("BENCHMARKS.md", md);
  console.log(Object.values(blocks).join("\n"));
}

await main();
