/**
 * `generate --watch` as a user feels it: from a save to the generator's line saying the files
 * are written, with the watcher's debounce included. Each save alternates between an edited
 * and the original text (one description gains a word), so every save changes the output.
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { log, median } from "./measure.js";

export interface WatchTimes {
  /** Milliseconds from each save to its run's `generate: ... in Ns` line. */
  saves: number[];
  median: number;
}

/**
 * Starts `generate --watch --no-docs` on `spec`, saves it `saves` times, and stops it.
 * `between` runs after each save's run, so a cold contender alternates with the saves; the
 * first save waits for a line matching `ready` (by default, the watcher's first `watching`).
 */
export async function watchSaves(root: string, spec: string, out: string, saves: number, edit: (text: string) => string, between = () => {}, ready = /^generate --watch: watching/): Promise<WatchTimes> {
  const original = readFileSync(spec, "utf8");
  const child = spawn(process.execPath, ["scripts/run-compiled.mjs", "scripts/generate.ts", "--watch", "--no-docs", "--spec", spec, "--out", out], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  let pending = "";
  let wake = () => {};
  // Failures are printed to stderr: read with stdout, so a failed save stops the figure at once.
  const read = (chunk: Buffer) => {
    pending += chunk;
    const complete = pending.split("\n");
    pending = complete.pop()!;
    lines.push(...complete);
    wake();
  };
  child.stdout.on("data", read);
  child.stderr.on("data", read);
  /** The next line matching `pattern`, from those not yet taken; fails after 120 s. */
  const next = async (pattern: RegExp): Promise<string> => {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const line = lines.shift();
      if (line !== undefined && pattern.test(line)) return line;
      if (line?.includes("keeping the last good output")) throw new Error(`generate --watch failed on a save: ${line}`);
      if (line !== undefined) continue;
      if (Date.now() > deadline) throw new Error(`generate --watch printed no ${pattern} in 120 s`);
      await new Promise<void>((done) => {
        wake = done;
        setTimeout(done, 1000);
      });
    }
  };
  const times: number[] = [];
  try {
    await next(ready);
    // The edit is the user's typing, made before the save: the figure starts at the write.
    const edited = edit(original);
    for (let save = 0; save < saves; save++) {
      const started = performance.now();
      writeFileSync(spec, save % 2 === 0 ? edited : original);
      const line = await next(/^generate: .* in [\d.]+s$/);
      times.push(performance.now() - started);
      await next(/^generate --watch: watching/);
      log(`watch ${spec}: save ${save + 1}/${saves} -> written in ${times.at(-1)!.toFixed(0)} ms (${line.match(/in [\d.]+s$/)![0]})`);
      between();
    }
  } finally {
    child.kill("SIGINT");
    writeFileSync(spec, original);
  }
  await new Promise((done) => child.once("exit", done));
  return { saves: times, median: median(times) };
}
