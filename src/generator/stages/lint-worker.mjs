// Watch mode's lint, in a worker of its own: Redocly's lint of the whole spec (0.7 s of a save
// on GitHub's) runs beside the main thread's bundle, model and emit instead of before them.
// Each job is answered with the findings and the sha256 of every file the worker read (null
// for one it could not), so the main thread can check that both read the same bytes; or,
// when Redocly throws, with the failure's first line, and the main thread lints itself to
// word it as a cold run does.
// Plain JavaScript, so the worker needs no TypeScript loader.
import { readFileSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import { sha256 } from "../hash.mjs";
import { lintConfig, lintFindings, readsOf, SpecResolver } from "./lint.mjs";
import { LintByParts } from "./lint-by-parts.mjs";

/** One job at a time, in the order they came: a job is a run's, and runs follow each other. */
let queue = Promise.resolve();
/** The last clean lint, by parts: a save lints only what its edit can change (lint-by-parts.mjs). */
const byParts = new LintByParts();
parentPort.on("message", (job) => (queue = queue.then(() => answer(job))));

async function answer({ job, spec, configPath }) {
  try {
    // Hashed before Redocly reads it, as the main thread does: a save in between is then a mid-run change.
    const configDigest = configPath === undefined ? [] : [[configPath, sha256(readFileSync(configPath))]];
    const config = await lintConfig(configPath);
    const resolver = new SpecResolver(config.resolve);
    const findings = await lintFindings(spec, config, resolver, { lint: byParts, configKey: JSON.stringify(configDigest) });
    parentPort.postMessage({ job, findings, digests: [...configDigest, ...readsOf(resolver)] });
  } catch (error) {
    parentPort.postMessage({ job, failed: error instanceof Error ? error.message.split("\n")[0] : String(error) });
  }
}
