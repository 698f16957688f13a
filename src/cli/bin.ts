import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { reasonOf } from "../fs/reason.js";
import { runCli } from "./main.js";
import { CliError, Exit, type Program } from "./program.js";

/**
 * The process edge for any generated CLI program: argv, stdio, environment, exit code. A
 * project's own bin is `runProgram(program)` with the program its cli.gen.js exports.
 */
export async function runProgram<C>(program: Program<C>): Promise<void> {
  const code = await runCli(program, process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin,
    promptSecret: process.stdin.isTTY ? promptSecret : undefined,
    env: process.env,
  });
  // Exit once output is flushed, without waiting for idle keep-alive sockets.
  process.stdout.write("", () => process.exit(code));
}

/** All of stdin; a stdin that cannot be read (closed, a folder) is one line and exit 4. */
function readStdin(): string {
  try {
    return readFileSync(0, "utf8");
  } catch (error) {
    throw new CliError(`cannot read stdin: ${reasonOf(error)}`, Exit.io);
  }
}

/** Reads a line from the terminal without echoing it. */
function promptSecret(question: string): Promise<string> {
  process.stderr.write(question);
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
  return new Promise((resolve) =>
    rl.question("", (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    }),
  );
}
