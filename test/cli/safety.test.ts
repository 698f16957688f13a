/**
 * What the CLI must never do, tried as a careless or unlucky user would: act on `--help`,
 * print a secret in any output mode, report a request the server accepted as a network
 * failure, spin or crash on a bad config folder, file, base URL or flag.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startFaultServer } from "../support/faults.js";
import { nfbuildRunner, type Run } from "../support/nfbuild.js";

const token = "nf-safety-token-8e41c2";
const fileSecret = "NPM_TOKEN=npm_safety_secret_77\n";
const server = await startFaultServer();
const home = mkdtempSync(join(tmpdir(), "nfbuild-safety-"));
const secretFile = join(home, "npmrc");
writeFileSync(secretFile, fileSecret);
afterAll(async () => {
  await server.close();
  rmSync(home, { recursive: true, force: true });
});
const printed: string[] = [];
const nfbuild = nfbuildRunner({ baseUrl: server.baseUrl, token, home }, printed);
const ids = ["--project-id", "p", "--job-id", "j"];
const build = { data: { id: "joyous-view-6290", status: "PENDING", concluded: false } };

/** One line on stderr, no stack trace, nothing on stdout. */
function oneLine(run: Run, code: number): string {
  expect(run.stdout).toBe("");
  expect(run.code).toBe(code);
  expect(run.stderr.endsWith("\n")).toBe(true);
  expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  return run.stderr.trimEnd();
}

describe("--help never acts", () => {
  const configHome = join(home, "help-config");
  const config = join(configHome, "nfbuild", "config.json");
  const stored = `${JSON.stringify({ token: "stored-help-token-5", baseUrl: server.baseUrl }, null, 2)}\n`;
  beforeEach(() => {
    mkdirSync(join(configHome, "nfbuild"), { recursive: true });
    writeFileSync(config, stored);
    server.script({ status: 200, body: build });
  });

  it.each([
    { argv: ["logout", "--help"], shows: "Usage: nfbuild logout" },
    { argv: ["logout", "-h"], shows: "Usage: nfbuild logout" },
    { argv: ["--help", "logout"], shows: "Usage: nfbuild logout" },
    { argv: ["help", "logout"], shows: "Usage: nfbuild logout" },
    { argv: ["login", "--help"], shows: "Usage: nfbuild login" },
    { argv: ["config", "--help"], shows: "nfbuild config set base-url <url>" },
    { argv: ["config", "unset", "token", "--help"], shows: "nfbuild config unset" },
    { argv: ["config", "set", "token", "-h"], shows: "nfbuild config set token" },
    { argv: ["config", "set", "base-url", "https://elsewhere.example", "--help"], shows: "nfbuild config set base-url" },
    { argv: ["start-job-build", ...ids, "--help"], shows: "Usage: nfbuild start-job-build" },
    { argv: ["start-job-build", "-h", ...ids, "--sha", "x"], shows: "Usage: nfbuild start-job-build" },
    { argv: ["start", "job", "build", ...ids, "--dry-run", "--help"], shows: "Usage: nfbuild start-job-build" },
    { argv: ["help", "start-job-build"], shows: "Usage: nfbuild start-job-build" },
    { argv: ["help"], shows: "Commands:" },
  ])("$argv prints help, exits 0, and changes and sends nothing", async ({ argv, shows }) => {
    const run = await nfbuild(argv, { env: { XDG_CONFIG_HOME: configHome }, stdin: "a-token-from-stdin-1234\n" });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(shows);
    expect(readFileSync(config, "utf8")).toBe(stored);
    expect(server.requests).toHaveLength(0);
  });

  it("help <command> prints the same help as <command> --help", async () => {
    const [viaHelp, viaFlag] = await Promise.all([nfbuild(["help", "start-job-build"]), nfbuild(["start-job-build", "--help"])]);
    expect(viaHelp.stdout).toBe(viaFlag.stdout);
    expect(viaHelp.stdout).toContain("--project-id");
  });

  it("--help after -- is a value, not a request for help", async () => {
    const run = await nfbuild(["start-job-build", ...ids, "--", "--help"]);
    expect(oneLine(run, 2)).toMatch(/Unexpected argument|positional/i);
  });
});

describe("no secret in any output", () => {
  const encoded = Buffer.from(fileSecret).toString("base64");
  // A server that echoes what it was sent, in the forms servers use: whole, trimmed, base64, inside other text.
  const echo = { data: { id: `build-for-${token}`, status: fileSecret.trim(), concluded: false, log: `received ${encoded} and ${fileSecret}`, [token]: "as a key" } };
  const withSecrets = ["start-job-build", ...ids, "--secret-mount", `npmrc=@${secretFile}`, "--build-file", `/app/.npmrc=@${secretFile}`];
  const forms = [token, fileSecret.trim(), encoded, "npm_safety_secret_77"];

  it.each([
    { mode: "human", args: [] },
    { mode: "json", args: ["--output", "json"] },
    { mode: "human, token by flag", args: ["--token", "flag-only-token-6b1d"] },
    { mode: "json, token by flag", args: ["--output", "json", "--token=flag-only-token-6b1d"] },
  ])("a success body that echoes the token and the secret files: $mode", async ({ args }) => {
    const flagToken = args.some((arg) => arg.startsWith("--token"));
    server.script({ status: 200, body: flagToken ? { data: { ...echo.data, flagEcho: "flag-only-token-6b1d" } } : echo });
    const run = await nfbuild([...withSecrets, ...args]);
    expect(run.code).toBe(0);
    expect(server.requests).toHaveLength(1);
    for (const secret of [...forms, ...(flagToken ? ["flag-only-token-6b1d"] : [])]) expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.stdout).toContain("[redacted]");
    if (args.includes("json")) expect(JSON.parse(run.stdout).data.concluded).toBe(false);
  });

  it("an error body that echoes them, and a dry run", async () => {
    server.script({ status: 400, body: { error: { status: 400, message: `bad file ${fileSecret.trim()} for ${token}` } } });
    const failed = await nfbuild(withSecrets);
    expect(oneLine(failed, 1)).toContain("[redacted]");
    const dry = await nfbuild([...withSecrets, "--dry-run", "--output", "json"]);
    expect(dry.code).toBe(0);
    for (const run of [failed, dry]) for (const secret of forms) expect(run.stdout + run.stderr).not.toContain(secret);
  });
});

describe("a request the server accepted is never a network failure", () => {
  it.each([
    { name: "an empty 200 where the spec promises a build", fault: { status: 200 }, says: /accepted by the server \(200 OK\).*is empty/ },
    { name: "a 202 whose JSON is cut off", fault: { status: 202, headers: { "Content-Type": "application/json" }, body: '{"data": {"id": "x"' }, says: /accepted by the server \(202 Accepted\)/ },
    { name: "a 200 that is not JSON", fault: { status: 200, headers: { "Content-Type": "application/json" }, body: "<html>ok</html>" }, says: /accepted by the server \(200 OK\)/ },
  ])("$name: exit 5 (carried out, check before running again), saying the server accepted it, sent once", async ({ fault, says }) => {
    server.script(fault);
    const run = await nfbuild(["start-job-build", ...ids]);
    expect(oneLine(run, 5)).toMatch(says);
    expect(run.stderr).not.toMatch(/network/i);
    expect(server.requests).toHaveLength(1);
  });

  it.each([301, 302, 303])("a %i redirect is refused, not followed as a GET: exit 1", async (status) => {
    server.script({ status, headers: { Location: `${server.baseUrl}/elsewhere` } });
    const run = await nfbuild(["start-job-build", ...ids]);
    expect(oneLine(run, 1)).toMatch(/redirected to .*\/elsewhere; not followed/);
    expect(server.requests.map((r) => r.method)).toEqual(["POST"]);
  });
});

describe.concurrent("bad config, base URLs and flags: one line, the right exit code, nothing sent", () => {
  const configIn = (name: string, text: string) => {
    const dir = join(home, name);
    mkdirSync(join(dir, "nfbuild"), { recursive: true });
    writeFileSync(join(dir, "nfbuild", "config.json"), text);
    return dir;
  };
  const noToken = { NORTHFLANK_API_TOKEN: undefined };

  it.each([
    { name: "a number as token", text: '{"token": 12345}', says: /"token" must be a string, not a number/ },
    { name: "an object as base URL", text: '{"token": "t-1234", "baseUrl": {"url": "x"}}', says: /"baseUrl" must be a string, not an object/ },
    { name: "an array", text: '["t-1234"]', says: /expected a JSON object/ },
    { name: "null as token", text: '{"token": null}', says: /"token" must be a string, not null/ },
  ])("a config file with $name: exit 2, naming the file", async ({ name, text, says }) => {
    const dir = configIn(name.replace(/\W+/g, "-"), text);
    for (const argv of [["start-job-build", ...ids], ["start-job-build", ...ids, "--dry-run"], ["config", "get", "token"]]) {
      const run = await nfbuild(argv, { env: { ...noToken, NORTHFLANK_API_URL: undefined, XDG_CONFIG_HOME: dir } });
      expect(oneLine(run, 2)).toMatch(says);
      expect(run.stderr).toContain(join(dir, "nfbuild", "config.json"));
    }
  });

  it.each([
    { name: "under /proc", dir: "/proc/self/nfbuild-no-such" },
    { name: "a regular file", dir: "FILE" },
    { name: "below a regular file", dir: "FILE/below" },
  ])("a config folder $name: login, logout and config set exit 4 at once", async ({ dir }) => {
    const file = join(home, "a-regular-file");
    writeFileSync(file, "x");
    const configHome = dir.replace("FILE", file);
    for (const [argv, stdin] of [[["login"], "login-token-3f9a\n"], [["config", "set", "base-url", "https://api.example"], ""], [["config", "set", "token"], "cfg-token-77aa\n"]] as const) {
      const run = await nfbuild([...argv], { env: { XDG_CONFIG_HOME: configHome }, stdin });
      expect(oneLine(run, 4)).toMatch(/^nfbuild: cannot write the config file .*: (mkdir .*: E[A-Z]+|.* is a file, not a folder)$/m);
      expect(run.stderr).not.toMatch(/login-token|cfg-token/);
    }
    expect(readFileSync(file, "utf8")).toBe("x");
  }, 20_000);

  it("a config file that is a folder: exit 4", async () => {
    const dir = join(home, "folder-config");
    mkdirSync(join(dir, "nfbuild", "config.json"), { recursive: true });
    const run = await nfbuild(["start-job-build", ...ids], { env: { ...noToken, XDG_CONFIG_HOME: dir } });
    expect(oneLine(run, 4)).toMatch(/cannot read the config file .*config\.json: EISDIR/);
  });

  const badUrls = [
    { url: "api.example.com", says: /not an absolute URL/ },
    { url: "ftp://api.example.com", says: /scheme must be http or https, not 'ftp'/ },
    { url: "http://admin:pa55word-x@127.0.0.1:9", says: /must not hold credentials/ },
    { url: "https://api.example.com/v1?debug=1", says: /must not have a query/ },
    { url: "https://api.example.com/#top", says: /fragment/ },
    { url: "http://", says: /not an absolute URL/ },
  ];
  it.each(badUrls)("base URL $url: exit 2 from the flag, the environment and the config file, dry run included", async ({ url, says }) => {
    const stored = configIn(`url-${badUrls.findIndex((bad) => bad.url === url)}`, JSON.stringify({ baseUrl: url }));
    const runs = await Promise.all([
      nfbuild(["start-job-build", ...ids, "--base-url", url]),
      nfbuild(["start-job-build", ...ids, "--base-url", url, "--dry-run"]),
      nfbuild(["start-job-build", ...ids, "--dry-run"], { env: { NORTHFLANK_API_URL: url } }),
      nfbuild(["start-job-build", ...ids], { env: { NORTHFLANK_API_URL: undefined, XDG_CONFIG_HOME: stored } }),
      nfbuild(["config", "set", "base-url", url], { env: { XDG_CONFIG_HOME: join(home, "url-set") } }),
    ]);
    const sources = [/^nfbuild: --base-url: /, /^nfbuild: --base-url: /, /^nfbuild: NORTHFLANK_API_URL: /, /^nfbuild: the base URL in .*config\.json: /, /^nfbuild: config set base-url: /];
    runs.forEach((run, i) => {
      expect(oneLine(run, 2)).toMatch(says);
      expect(run.stderr).toMatch(sources[i]!);
      expect(run.stderr).not.toContain("pa55word");
    });
    expect(existsSync(join(home, "url-set", "nfbuild", "config.json"))).toBe(false);
  });

  it.each([
    { argv: ["start-job-build", ...ids, "--timeout", "-1"], says: /^nfbuild: --timeout: expected a whole number, not '-1'$/ },
    { argv: ["start-job-build", ...ids, "--retries", "-3"], says: /^nfbuild: --retries: expected a whole number, not '-3'$/ },
    { argv: ["start-job-build", ...ids, "--sha", "--dry-run"], says: /--sha/ },
    { argv: ["start-job-build", "--project-id", "p", "--project-id", "q", "--job-id", "j"], says: /--project-id is given more than once/ },
    { argv: ["start-job-build", ...ids, "--timeout", "100", "--timeout=200"], says: /--timeout is given more than once/ },
    { argv: ["start-job-build", ...ids, "--output", "json", "-o", "human"], says: /--output is given more than once/ },
    { argv: ["start-job-buidl", ...ids], says: /unknown command 'start-job-buidl' \(did you mean 'start-job-build'\?\)/ },
    { argv: ["logut"], says: /unknown command 'logut' \(did you mean 'logout'\?\)/ },
    { argv: ["start-job-build", ...ids, "--job-idd", "x"], says: /Unknown option '--job-idd' \(did you mean '--job-id'\?\)/ },
    { argv: ["logout", "now"], says: /logout takes no arguments/ },
    { argv: ["config", "get", "token", "extra"], says: /^nfbuild: usage: nfbuild config/ },
  ])("$argv: exit 2 in one line", async ({ argv, says }) => {
    const run = await nfbuild(argv);
    expect(oneLine(run, 2)).toMatch(says);
  });

  it.each([
    { stdin: "", says: /^nfbuild: --body -: stdin is empty/ },
    { stdin: "  \n\n", says: /^nfbuild: --body -: stdin is empty/ },
  ])("--body - with an empty stdin says so: %j", async ({ stdin, says }) => {
    expect(oneLine(await nfbuild(["start-job-build", ...ids, "--body", "-"], { stdin }), 2)).toMatch(says);
  });

  it.each(["{sha: [}", "a: b: c", "x: 'unclosed", "a: 1\na: 2", "\ttab: 1"])("a --body that is not JSON or YAML, %j: line:col and the reason, no code frame", async (body) => {
    const message = oneLine(await nfbuild(["start-job-build", ...ids, "--body", body]), 2);
    expect(message).toMatch(/^nfbuild: --body: the value is not valid JSON or YAML: \d+:\d+: [A-Z][^:]*[^:\s]$/);
    expect(message).not.toMatch(/column \d+/);
  });

  it("an empty body file says so", async () => {
    const empty = join(home, "empty.json");
    writeFileSync(empty, "");
    expect(oneLine(await nfbuild(["start-job-build", ...ids, "--body", `@${empty}`]), 2)).toMatch(/--body: .*empty\.json is empty/);
  });
});

it("no output of any run shows a token or the secret file's content", () => {
  const secrets = [token, fileSecret.trim(), Buffer.from(fileSecret).toString("base64"), "flag-only-token-6b1d", "stored-help-token-5", "a-token-from-stdin-1234", "login-token-3f9a", "cfg-token-77aa"];
  expect(printed.length).toBeGreaterThan(60);
  for (const text of printed) for (const secret of secrets) expect(text).not.toContain(secret);
});
