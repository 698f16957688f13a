/**
 * The real `nfbuild` bin, run as a child process against servers on 127.0.0.1, as users
 * and CI scripts run it: output, exit codes, auth sources, files and stdin, dry runs.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { program } from "../../generated/cli.gen.js";
import { startFaultServer } from "../support/faults.js";
import { nfbuildRunner } from "../support/nfbuild.js";
import { freePort } from "../support/servers.js";

const token = "nf-cli-token-31c8a7";
const fileSecret = "NPM_TOKEN=npm_cli_secret_value";
const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";
const build = { data: { id: "joyous-view-6290", branch: "main", sha: "12c15e7ee25fd78f567ebf87f9178b8ad70025b3", status: "PENDING", concluded: false } };

const server = await startFaultServer();
const home = mkdtempSync(join(tmpdir(), "nfbuild-home-"));
const secretFile = join(home, "npmrc");
writeFileSync(secretFile, fileSecret);
afterAll(async () => {
  await server.close();
  rmSync(home, { recursive: true, force: true });
});

/** Everything any run printed, checked for secrets at the end. */
const printed: string[] = [];
const nfbuild = nfbuildRunner({ baseUrl: server.baseUrl, token, home }, printed);
const ids = ["--project-id", "p", "--job-id", "j"];

describe("success", () => {
  it("--output json prints the response body and nothing else", async () => {
    server.script({ status: 200, body: build });
    const run = await nfbuild(["start-job-build", ...ids, "--sha", sha, "--output", "json"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual(build);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ sha });
  });

  it("prints a short human summary by default, and takes the multi-word alias", async () => {
    server.script({ status: 200, body: build });
    const run = await nfbuild(["start", "job", "build", ...ids]);
    expect(run.stdout).toBe("Build joyous-view-6290: PENDING (sha 12c15e7ee25fd78f567ebf87f9178b8ad70025b3, branch main)\n");
    expect(run.code).toBe(0);
  });

  it("reads the body from stdin, and flags override its fields", async () => {
    server.script({ status: 200, body: build });
    const body = { sha: "0".repeat(40), overrides: { docker: { dockerFilePath: "/old/Dockerfile", dockerWorkDir: "/" } } };
    const run = await nfbuild(["start-job-build", ...ids, "--body", "-", "--sha", sha, "--dockerfile-path", "/Dockerfile"], { stdin: JSON.stringify(body) });
    expect(run.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ sha, overrides: { docker: { dockerFilePath: "/Dockerfile", dockerWorkDir: "/" } } });
  });

  it("reads a YAML body file", async () => {
    server.script({ status: 200, body: build });
    const file = join(home, "body.yaml");
    writeFileSync(file, `sha: ${sha}\noverrides:\n  buildArguments:\n    NODE_ENV: production\n`);
    const run = await nfbuild(["start-job-build", ...ids, "--body", `@${file}`]);
    expect(run.code).toBe(0);
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ sha, overrides: { buildArguments: { NODE_ENV: "production" } } });
  });

  it("--build-file and --secret-mount read files and send them base64-encoded with their encoding", async () => {
    server.script({ status: 200, body: build });
    const run = await nfbuild(["start-job-build", ...ids, "--build-file", `/app/.npmrc=@${secretFile}`, "--secret-mount", `npmrc=@${secretFile}`, "--build-arg", "A=1", "--build-arg", "B=x=y"]);
    expect(run.code).toBe(0);
    const encoded = Buffer.from(fileSecret).toString("base64");
    expect(JSON.parse(server.requests[0]!.body)).toEqual({
      overrides: { buildFiles: { "/app/.npmrc": { data: encoded, encoding: "utf-8" } }, dockerSecretMounts: { npmrc: { data: encoded, encoding: "utf-8" } }, buildArguments: { A: "1", B: "x=y" } },
    });
  });
});

describe("exit codes", () => {
  it.each([
    { name: "an unknown flag", args: ["start-job-build", ...ids, "--shaa", sha], want: /^nfbuild: Unknown option '--shaa' \(did you mean '--sha'\?\); see 'nfbuild start-job-build --help'\n$/ },
    { name: "an unknown command", args: ["stop-job-build"], want: /unknown command 'stop-job-build'/ },
    { name: "a short sha", args: ["start-job-build", ...ids, "--sha", "abc"], want: /invalid input; nothing was sent:\n  sha: must be exactly 40 characters/ },
    { name: "a relative Dockerfile path", args: ["start-job-build", ...ids, "--dockerfile-path", "Dockerfile"], want: /overrides\.docker\.dockerFilePath: must match/ },
    { name: "a missing path parameter", args: ["start-job-build", "--project-id", "p"], want: /jobId: is required/ },
    { name: "a relative build file path", args: ["start-job-build", ...ids, "--build-file", `app/.npmrc=@${secretFile}`], want: /overrides\.buildFiles\["app\/\.npmrc"\]: key must match \^\// },
    { name: "secret content on the command line", args: ["start-job-build", ...ids, "--secret-mount", "npmrc=inline"], want: /give the content as a file/ },
    { name: "a file that is not there", args: ["start-job-build", ...ids, "--build-file", "/a=@/no/such/file"], want: /--build-file: cannot read \/no\/such\/file \(ENOENT\)/ },
    { name: "a body that is not JSON or YAML", args: ["start-job-build", ...ids, "--body", "{sha: [}"], want: /--body: the value is not valid JSON or YAML/ },
    { name: "a bad --output", args: ["start-job-build", ...ids, "--output", "xml"], want: /--output: expected human or json/ },
    { name: "a bad --timeout", args: ["start-job-build", ...ids, "--timeout", "soon"], want: /--timeout: expected a whole number/ },
  ])("2 for $name, before any request", async ({ args, want }) => {
    server.script({ status: 200, body: build });
    const run = await nfbuild(args);
    expect(run.stderr).toMatch(want);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(server.requests).toHaveLength(0);
  });

  it("2 when there is no token anywhere", async () => {
    const run = await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_TOKEN: undefined, XDG_CONFIG_HOME: join(home, "empty") } });
    expect(run).toMatchObject({ code: 2, stderr: "nfbuild: no API token: set NORTHFLANK_API_TOKEN, run 'nfbuild login', or pass --token\n" });
  });

  it("1 for an API error, with status, message and error id", async () => {
    server.script({ status: 404, body: { error: { status: 404, message: "job not found", id: "nf-err-42" } } });
    const run = await nfbuild(["start-job-build", ...ids]);
    expect(run).toMatchObject({ code: 1, stdout: "", stderr: "nfbuild: POST /v1/projects/p/jobs/j/build failed: 404 Not Found: job not found (error id: nf-err-42)\n" });
  });

  it("3 when no connection could be made: nothing reached the server", async () => {
    const run = await nfbuild(["start-job-build", ...ids, "--retries", "0"], { env: { NORTHFLANK_API_URL: `http://127.0.0.1:${await freePort()}` } });
    expect(run).toMatchObject({ code: 3, stderr: "nfbuild: POST /v1/projects/p/jobs/j/build failed: network error (ECONNREFUSED); nothing reached the server\n" });
  });

  const uncertain = "; it may have reached the server and been carried out: check before running it again\n";
  it("5 for a timeout: the build may have started", async () => {
    server.script({ delay: 5_000, then: { status: 200, body: build } });
    const run = await nfbuild(["start-job-build", ...ids, "--timeout", "200"]);
    expect(run).toMatchObject({ code: 5, stderr: `nfbuild: POST /v1/projects/p/jobs/j/build timed out after 200 ms${uncertain}` });
    expect(server.requests).toHaveLength(1);
  });

  it("5 for a connection dropped after the request was sent, and for a gateway's 502 or 504: sent once, never retried", async () => {
    for (const [fault, stderr] of [
      [{ reset: "after-body" }, `nfbuild: POST /v1/projects/p/jobs/j/build failed: network error (UND_ERR_SOCKET)${uncertain}`],
      [{ status: 504 }, `nfbuild: POST /v1/projects/p/jobs/j/build failed: 504 Gateway Timeout${uncertain}`],
      [{ status: 502 }, `nfbuild: POST /v1/projects/p/jobs/j/build failed: 502 Bad Gateway${uncertain}`],
    ] as const) {
      server.script(fault);
      const run = await nfbuild(["start-job-build", ...ids]);
      expect(run, JSON.stringify(fault)).toMatchObject({ code: 5, stdout: "", stderr });
      expect(server.requests, JSON.stringify(fault)).toHaveLength(1);
    }
  });

  it("5 when the API accepted the request but its answer could not be read: the build started", async () => {
    server.script({ status: 202, headers: { "Content-Type": "application/json" }, body: "{not json" });
    const run = await nfbuild(["start-job-build", ...ids]);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^nfbuild: POST \/v1\/projects\/p\/jobs\/j\/build was accepted by the server \(202 Accepted\), but its response is invalid: /);
  });

  it("--retries sets how often a 503 is retried", async () => {
    server.script({ status: 503 });
    const run = await nfbuild(["start-job-build", ...ids, "--retries", "1"]);
    expect(run.code).toBe(1);
    expect(server.requests).toHaveLength(2);
  });
});

describe("what the server sends cannot drive the terminal", () => {
  it("escape sequences and carriage returns in an error message and in a success are written as \\u001b, not obeyed", async () => {
    const forged = "job \u001b[31mgone\u001b[0m\u001b]0;owned\u0007\rnfbuild: all fine";
    server.script({ status: 404, body: { error: { status: 404, message: forged } } });
    const failed = await nfbuild(["start-job-build", ...ids]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe("nfbuild: POST /v1/projects/p/jobs/j/build failed: 404 Not Found: job \\u001b[31mgone\\u001b[0m\\u001b]0;owned\\u0007 nfbuild: all fine\n");
    // A success's fields are printed as they are: a carriage return in one is escaped too.
    server.script({ status: 200, body: { data: { id: "b\u001b[2J", status: "PENDING\u009b1m\rDONE", branch: "crlf\r\nstays" } } });
    const succeeded = await nfbuild(["start-job-build", ...ids]);
    expect(succeeded).toMatchObject({ code: 0, stderr: "" });
    expect(succeeded.stdout).toContain("b\\u001b[2J");
    expect(succeeded.stdout).toContain("PENDING\\u009b1m\\u000dDONE");
    // A CRLF line break moves no cursor back over a line: it stays, as CSV and Windows text have it.
    expect(succeeded.stdout).toContain("crlf\r\nstays");
    expect(succeeded.stdout + failed.stderr).not.toMatch(/[\u001b\u0007\u009b]|\r(?!\n)/);
  });
});

describe("--dry-run", () => {
  it("prints the exact request with the token and secret data cut out, and sends nothing", async () => {
    server.script({ status: 200, body: build });
    const run = await nfbuild(["start-job-build", ...ids, "--sha", sha, "--secret-mount", `npmrc=@${secretFile}`, "--dry-run", "--token", token]);
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(run.stdout.split("\n").slice(0, 5)).toEqual([
      `POST ${server.baseUrl}/v1/projects/p/jobs/j/build`,
      "authorization: Bearer [redacted]",
      "content-type: application/json",
      "user-agent: northflank-build-kit/0.1.0",
      "",
    ]);
    expect(JSON.parse(run.stdout.split("\n\n")[1]!)).toEqual({ sha, overrides: { dockerSecretMounts: { npmrc: { data: "[redacted]", encoding: "utf-8" } } } });
  });

  it("--output json gives the dry run as JSON", async () => {
    const run = await nfbuild(["start-job-build", ...ids, "--dry-run", "--output", "json"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ method: "POST", url: `${server.baseUrl}/v1/projects/p/jobs/j/build`, headers: { authorization: "Bearer [redacted]" }, body: {} });
  });

  it("every example in --help parses and validates", async () => {
    for (const example of program.commands[0]!.examples) {
      const run = await nfbuild([...example.argv, "--dry-run"]);
      expect(run.stderr, example.title).toBe("");
      expect(run.code).toBe(0);
    }
  });
});

describe("auth and config", () => {
  const config = join(home, ".config", "nfbuild", "config.json");

  it("a token that no header can carry is refused where it came from, unquoted, exit 2; nothing is sent or stored", async () => {
    server.script({ status: 200, body: build });
    const twoLines = "pasted-token-4e1f\nsecond-line";
    const runs = [
      [await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_TOKEN: twoLines } }), "nfbuild: NORTHFLANK_API_TOKEN holds a line break, so it cannot be sent (its value is not shown)\n"],
      [await nfbuild(["start-job-build", ...ids, "--token", "euro-token-\u20ac-42"]), "nfbuild: --token holds a character beyond Latin-1, so it cannot be sent (its value is not shown)\n"],
      [await nfbuild(["start-job-build", ...ids, "--dry-run", "--token", twoLines]), "nfbuild: --token holds a line break, so it cannot be sent (its value is not shown)\n"],
      [await nfbuild(["login"], { stdin: `${twoLines}\n`, env: { NORTHFLANK_API_TOKEN: undefined } }), "nfbuild: login: the token holds a line break, so it cannot be sent (its value is not shown)\n"],
      [await nfbuild(["login"], { stdin: "nul-token\u0000-77\n", env: { NORTHFLANK_API_TOKEN: undefined } }), "nfbuild: login: the token holds a NUL character, so it cannot be sent (its value is not shown)\n"],
      [await nfbuild(["config", "set", "token"], { stdin: `${twoLines}\n` }), "nfbuild: config set token: the value holds a line break, so it cannot be sent (its value is not shown)\n"],
    ] as const;
    for (const [run, stderr] of runs) expect(run).toMatchObject({ code: 2, stdout: "", stderr });
    expect(server.requests).toHaveLength(0);
    expect((await nfbuild(["config", "get", "token"], { env: { NORTHFLANK_API_TOKEN: undefined } })).stdout).toBe("(not set)\n");
    // A token read from a file ends in a newline: sent without it, as fetch sends a header.
    expect((await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_TOKEN: "file-token-7c1d\n" } })).code).toBe(0);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer file-token-7c1d");
  });

  it("login stores the token from stdin with mode 0600, and later runs use it", async () => {
    const login = await nfbuild(["login"], { stdin: "stored-token-value-9\n", env: { NORTHFLANK_API_TOKEN: undefined } });
    expect(login.code).toBe(0);
    expect(statSync(config).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(config, "utf8"))).toEqual({ token: "stored-token-value-9" });
    expect(login.stdout + login.stderr).not.toContain("stored-token-value-9");

    server.script({ status: 200, body: build });
    await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_TOKEN: undefined } });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer stored-token-value-9");

    // The environment beats the file; an explicit --token beats both.
    server.script({ status: 200, body: build });
    await nfbuild(["start-job-build", ...ids]);
    await nfbuild(["start-job-build", ...ids, "--token", "flag-token-value"]);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${token}`, "Bearer flag-token-value"]);

    expect((await nfbuild(["config", "get", "token"])).stdout).toBe("(set)\n");
    expect((await nfbuild(["logout"])).code).toBe(0);
    expect((await nfbuild(["config", "get", "token"])).stdout).toBe("(not set)\n");
  });

  it("config set base-url is used when no flag or variable says otherwise", async () => {
    expect((await nfbuild(["config", "set", "base-url", server.baseUrl])).code).toBe(0);
    expect((await nfbuild(["config", "get", "base-url"])).stdout).toBe(`${server.baseUrl}\n`);
    server.script({ status: 200, body: build });
    const run = await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_URL: undefined } });
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect((await nfbuild(["config", "set", "token", "on-the-command-line"])).code).toBe(2);
  });

  it("a broken config file stops only the runs that need it, naming the file", async () => {
    const saved = readFileSync(config, "utf8");
    writeFileSync(config, "{not json");
    try {
      server.script({ status: 200, body: build });
      const given = await nfbuild(["start-job-build", ...ids]);
      expect(given.stderr).toBe("");
      expect(given.code).toBe(0);
      const needed = await nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_TOKEN: undefined } });
      expect(needed.code).toBe(2);
      expect(needed.stderr).toBe(`nfbuild: ${config}: not valid JSON; fix it or delete it\n`);
    } finally {
      writeFileSync(config, saved);
    }
  });
});

describe("help", () => {
  it("--help at the top lists every operation; --version prints the version", async () => {
    const help = await nfbuild(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("start-job-build  Start job build (also: start job build)");
    expect((await nfbuild(["--version"])).stdout).toBe("0.1.0\n");
    // A global flag after a command too; nothing is sent.
    server.script({ status: 200, body: build });
    expect(await nfbuild(["start-job-build", ...ids, "--version"])).toMatchObject({ code: 0, stdout: "0.1.0\n", stderr: "" });
    expect(server.requests).toHaveLength(0);
  });

  it("a command's --help is generated from the spec", async () => {
    const run = await nfbuild(["start-job-build", "--help"], { env: { XDG_CONFIG_HOME: "/home/user/.config" } });
    expect(run.code).toBe(0);
    await expect(run.stdout).toMatchFileSnapshot("__snapshots__/start-job-build.help.txt");
  });
});

it("no output of any run shows the token or the secret file's content", () => {
  const secrets = [token, fileSecret, Buffer.from(fileSecret).toString("base64"), "flag-token-value", "stored-token-value-9"];
  expect(printed.length).toBeGreaterThan(40);
  for (const text of printed) for (const secret of secrets) expect(text).not.toContain(secret);
});
