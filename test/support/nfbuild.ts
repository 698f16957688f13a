import { spawn } from "node:child_process";
import { join } from "node:path";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
}

/**
 * Runs the real `nfbuild` bin as a child process, with a clean environment: HOME and the
 * config folder under `home`, requests to `baseUrl` with `token`; `env` adds or overrides.
 * Every run's output is pushed onto `printed`, for a final check that no secret got out.
 */
export function nfbuildRunner(defaults: { baseUrl: string; token: string; home: string }, printed: string[]) {
  return (args: string[], { env = {}, stdin }: RunOptions = {}): Promise<Run> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, ["bin/nfbuild.js", ...args], {
        env: { PATH: process.env.PATH, HOME: defaults.home, XDG_CONFIG_HOME: join(defaults.home, ".config"), NORTHFLANK_API_URL: defaults.baseUrl, NORTHFLANK_API_TOKEN: defaults.token, ...env },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
      child.stdin.on("error", () => {}); // a run that exits before reading stdin
      child.stdin.end(stdin ?? "");
      child.on("close", (code) => {
        printed.push(stdout, stderr);
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
}
