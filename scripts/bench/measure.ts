/**
 * What every part of `npm run bench` measures with: one command's wall time (and peak memory,
 * by GNU time where the machine has it), and contenders run in rotating order, reduced to
 * medians. The machines are shared and noisy, so nothing here is a single run.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { cpus, loadavg, release, totalmem, type as osType } from "node:os";

export interface Sample {
  /** Wall time. */
  seconds: number;
  /** Peak resident memory in KB; undefined without GNU time. */
  kb: number | undefined;
  /** CPU time, user and system, in seconds: less swayed than wall time by a busy machine; undefined without GNU time. */
  cpu?: number | undefined;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const log = (line: string) => console.error(`bench: ${line}`);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;
export const verdict = (met: boolean) => (met ? "met" : "**missed**");

/** One line naming the machine, for each section of BENCHMARKS.md. */
export function machine(): string {
  const [one, five] = loadavg();
  return `${osType()} ${release()}, ${cpus().length} x ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average ${one!.toFixed(1)} (1 min), ${five!.toFixed(1)} (5 min) when the section started`;
}

/** Wall seconds, CPU seconds and peak memory of one command, the last two by GNU time where the machine has it. */
export function timed(command: string, argv: string[], cwd: string, env?: NodeJS.ProcessEnv): Sample {
  const gnuTime = existsSync("/usr/bin/time");
  const options = { cwd, env, encoding: "utf8" as const, maxBuffer: 1 << 28 };
  const started = performance.now();
  // The leading newline keeps GNU time's line apart from a last line of the command's own.
  const run = gnuTime ? spawnSync("/usr/bin/time", ["-f", "\n%M %U %S", command, ...argv], options) : spawnSync(command, argv, options);
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${argv.join(" ")} failed (${run.status}): ${`${run.stdout ?? ""}\n${run.stderr ?? ""}`.trim().split("\n").slice(-5).join(" | ")}`);
  if (!gnuTime) return { seconds, kb: undefined, cpu: undefined };
  const [kb, user, system] = (run.stderr ?? "").trim().split("\n").at(-1)!.split(" ").map(Number);
  return { seconds, kb, cpu: user! + system! };
}

/** Runs each contender `runs` times, rotating the order every round so no one always goes first. */
export function compare(contenders: Record<string, () => Sample>, runs: number, digits = 2): Record<string, Sample> {
  const names = Object.keys(contenders);
  const samples: Record<string, { seconds: number[]; kb: number[]; cpu: number[] }> = Object.fromEntries(names.map((n) => [n, { seconds: [], kb: [], cpu: [] }]));
  for (let round = 0; round < runs; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length]!;
      const { seconds, kb, cpu } = contenders[name]!();
      samples[name]!.seconds.push(seconds);
      if (kb !== undefined) samples[name]!.kb.push(kb);
      if (cpu !== undefined) samples[name]!.cpu.push(cpu);
      log(`round ${round + 1}/${runs} ${name}: ${seconds.toFixed(digits)} s${cpu === undefined ? "" : ` (CPU ${cpu.toFixed(digits)} s)`}`);
    }
  }
  const middle = (xs: number[]) => (xs.length ? median(xs) : undefined);
  return Object.fromEntries(names.map((n) => [n, { seconds: median(samples[n]!.seconds), kb: middle(samples[n]!.kb), cpu: middle(samples[n]!.cpu) }]));
}
