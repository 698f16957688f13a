/**
 * What the generated client puts on the wire, read by a real HTTP server on 127.0.0.1: every
 * parameter style and location, every request media type, every response type of
 * test/fixtures/wire.yaml. The spec's serialization rules are the expected values; the
 * generated types are checked with tsc on the same calls (a body offered for a GET must not
 * compile; a body's media type is chosen by name).
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { runCli } from "../../src/cli/main.js";
import type { Program } from "../../src/cli/program.js";
import { generate } from "../../src/generator/generate.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";
import { startServer, type SeenRequest } from "../support/servers.js";
import { typecheckStrict } from "../support/typecheck.js";

const root = resolve("test/output/wire");
const out = join(root, "client");
type WireClient = Record<string, (input?: object, options?: object) => Promise<unknown>>;
let client: WireClient;
let createWireClient: (options: object) => WireClient;
let program: Program<unknown>;
let server: Awaited<ReturnType<typeof startServer>>;

/** Answers by path: each response type the fixture declares. */
function answer(request: SeenRequest, response: import("node:http").ServerResponse) {
  const path = request.url.split("?")[0]!;
  if (path === "/secure/cookie" && (request.headers["x-refuse"] || request.headers.cookie?.includes("theme=refuse"))) return response.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ message: `refused cookie ${request.headers.cookie} with ${request.headers.authorization}`, echoed: request.headers.cookie }));
  if (path.startsWith("/styles") || path.startsWith("/secure") || request.method === "PUT") return response.writeHead(204).end();
  if (path.startsWith("/merge")) return response.writeHead(200, { "content-type": "application/vnd.wire.item+json" }).end('{"id":"m1"}');
  if (path === "/notes") return response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`stored: ${request.body}`);
  if (path.startsWith("/blobs")) return response.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([0, 1, 255]));
  if (path === "/anything") {
    const asText = request.headers["x-answer"] === "text";
    return response.writeHead(200, { "content-type": asText ? "text/plain" : "application/json" }).end(asText ? "plain" : '{"ok":true}');
  }
  response.writeHead(200, { "content-type": "application/json" }).end("{}");
}

beforeAll(async () => {
  const result = await generate({ spec: "test/fixtures/wire.yaml", out });
  applyChanges(out, result.files, diffOutput(out, result.files));
  server = await startServer(answer);
  const module = (await import(join(out, "client.gen.js"))) as { createClient: (options: object) => WireClient };
  createWireClient = (options) => module.createClient({ baseUrl: server.baseUrl, maxRetries: 0, timeout: 5000, ...options });
  client = createWireClient({});
  program = ((await import(join(out, "cli.gen.js"))) as { program: Program<unknown> }).program;
}, 120_000);
afterAll(() => server?.close());

const last = () => server.requests.at(-1)!;

describe("parameters on the wire", () => {
  it("every location and style in one request", async () => {
    await expect(
      client.styles!({
        plain: ["a", "b c"],
        label: ["x", "y"],
        matrix: { lat: 1, lon: 2 },
        ids: [1, 2, 3],
        pipes: ["p", "q"],
        spaces: ["s", "t"],
        filter: { owner: "ann", "k/y": "v&w" },
        point: { x: 1, y: 2 },
        redirect: "/next?page=2",
        "a b": "ü!",
        where: { age: { gt: 3 } },
        "X-Ids": [4, 5],
        "X-Point": { x: 1, y: 2 },
        session: "tok en",
        prefs: ["dark", "compact"],
      }),
    ).resolves.toBeUndefined();
    const seen = last();
    const [path, query] = [seen.url.slice(0, seen.url.indexOf("?")), seen.url.slice(seen.url.indexOf("?") + 1)];
    expect(path).toBe("/styles/a,b%20c/.x.y/;lat=1;lon=2");
    expect(query!.split("&")).toEqual([
      "ids=1,2,3",
      "pipes=p%7Cq",
      "spaces=s%20t",
      "filter%5Bowner%5D=ann",
      "filter%5Bk%2Fy%5D=v%26w",
      "x=1",
      "y=2",
      "redirect=/next?page%3D2",
      "a%20b=%C3%BC%21",
      "where=%7B%22age%22%3A%7B%22gt%22%3A3%7D%7D",
    ]);
    expect(seen.headers["x-ids"]).toBe("4,5");
    expect(seen.headers["x-point"]).toBe("x=1,y=2");
    expect(seen.headers.cookie).toBe("session=tok%20en; prefs=dark,compact");
  });

  it("a content: application/json parameter may be given as the JSON text its type says (a string): sent as that value's JSON, checked as it", async () => {
    await client.styles!({ plain: ["a"], label: ["b"], matrix: { c: 1 }, where: '{ "age": { "gt": 3 } }' });
    expect(last().url).toBe("/styles/a/.b/;c=1?where=%7B%22age%22%3A%7B%22gt%22%3A3%7D%7D");
    const sent = server.requests.length;
    const [notJson, notObject] = await Promise.all(["not json", "[1, 2]"].map((where) => client.styles!({ plain: ["a"], label: ["b"], matrix: { c: 1 }, where }).catch((e: Error) => `${e.name}: ${e.message}`)));
    expect(notJson).toMatch(/^ValidationError: styles: invalid input: where: must be JSON text \(the parameter's content is application\/json\)/);
    expect(notObject).toMatch(/^ValidationError: styles: invalid input: where: must be object/);
    expect(server.requests).toHaveLength(sent);
    // Validation off: text that is not JSON goes as it is asked, a string value.
    await createWireClient({ validate: false }).styles!({ plain: ["a"], label: ["b"], matrix: { c: 1 }, where: "not json" });
    expect(last().url).toBe("/styles/a/.b/;c=1?where=%22not%20json%22");
  });

  it("optional parameters left out send nothing", async () => {
    await client.styles!({ plain: ["a"], label: ["b"], matrix: { c: 1 } });
    expect(last().url).toBe("/styles/a/.b/;c=1");
    expect(last().headers.cookie).toBeUndefined();
    expect(last().headers["x-ids"]).toBeUndefined();
  });
});

describe("request bodies on the wire", () => {
  it("a +json type goes as JSON under its own Content-Type, and a vendor JSON answer is parsed", async () => {
    await expect(client.mergePatch!({ id: "m1", name: null })).resolves.toEqual({ id: "m1" });
    expect([last().method, last().headers["content-type"], last().body]).toEqual(["PATCH", "application/merge-patch+json", '{"name":null}']);
  });

  it("a form body: nested objects as brackets, arrays repeated, the spec's encoding for the rest", async () => {
    await client.createCharge!({ amount: 2000, expand: ["customer", "invoice"], metadata: { order: "6735" }, tags: ["a", "b"], extra: { k: 1 } });
    expect(last().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(last().body).toBe("amount=2000&expand=customer&expand=invoice&metadata%5Border%5D=6735&tags=a,b&extra=%7B%22k%22%3A1%7D");
  });

  it("multipart: a file, repeated files with their part type, a JSON part, repeated fields", async () => {
    await client.upload!({ file: new Blob(["hello"]), thumbnails: [new Uint8Array([1]), new Uint8Array([2])], meta: { title: "T" }, labels: ["x", "y"] });
    const type = last().headers["content-type"]!;
    expect(type).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(last().body, { headers: { "content-type": type } }).formData();
    expect(await (form.get("file") as Blob).text()).toBe("hello");
    expect((form.getAll("thumbnails") as File[]).map((f) => f.type)).toEqual(["image/png", "image/png"]);
    // A JSON part with its own Content-Type and no filename: a field to the server, not a file.
    expect(form.get("meta")).toBe('{"title":"T"}');
    expect(last().body).toContain('Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{"title":"T"}');
    expect(form.getAll("labels")).toEqual(["x", "y"]);
  });

  it("octet-stream as the bytes given; a 204 resolves to undefined", async () => {
    await expect(client.putBlob!({ name: "b1", body: new Uint8Array([104, 105]) })).resolves.toBeUndefined();
    expect([last().method, last().url, last().headers["content-type"], last().body]).toEqual(["PUT", "/blobs/b1", "application/octet-stream", "hi"]);
  });

  it("text/plain as the string; a text answer is a string", async () => {
    await expect(client.addNote!({ body: "remember" })).resolves.toBe("stored: remember");
    expect([last().headers["content-type"], last().body]).toEqual(["text/plain", "remember"]);
  });

  it("*/*: an object goes as application/json; the answer is read as its Content-Type says", async () => {
    await expect(client.postAnything!({ body: { a: 1 } })).resolves.toEqual({ ok: true });
    expect([last().headers["content-type"], last().body]).toEqual(["application/json", '{"a":1}']);
    await expect(client.postAnything!({ body: { a: 1 } }, { headers: { "x-answer": "text" } })).resolves.toBe("plain");
  });

  it("the caller picks one of several media types; the default is the JSON one", async () => {
    await client.addPet!({ name: "Rex", tags: ["a", "b"] });
    expect([last().headers["content-type"], last().body]).toEqual(["application/json", '{"name":"Rex","tags":["a","b"]}']);
    await client.addPet!({ name: "Rex", tags: ["a", "b"] }, { contentType: "application/x-www-form-urlencoded" });
    expect([last().headers["content-type"], last().body]).toEqual(["application/x-www-form-urlencoded", "name=Rex&tags=a&tags=b"]);
    await expect(client.addPet!({ name: "Rex" }, { contentType: "text/csv" })).rejects.toThrow('addPet: contentType must be one of "application/json", "application/x-www-form-urlencoded", "application/xml", not "text/csv"');
    // The client writes no XML: the pet's fields are refused before sending, not sent as JSON under an XML Content-Type.
    const sent = server.requests.length;
    const xml = await client.addPet!({ name: "Rex" }, { contentType: "application/xml" }).catch((e: Error) => `${e.name}: ${e.message}`);
    expect(xml).toBe("ValidationError: addPet: invalid input: (body): must be given encoded for application/xml (a string, Blob or bytes): the client writes JSON, YAML, forms and multipart, not application/xml");
    expect(server.requests).toHaveLength(sent);
  });

  it("a query written into the path key goes out first, the parameters after it", async () => {
    await client.versioned!({ q: "a b" });
    expect(last().url).toBe("/versioned?beta=true&q=a%20b");
    await client.versioned!();
    expect(last().url).toBe("/versioned?beta=true");
    // A path parameter written into that query is filled in there too.
    await client.view!({ id: "a/b", view: "full list", q: "z" });
    expect(last().url).toBe("/views/a%2Fb?view=full%20list&q=z");
  });

  it("a GET whose spec declares a body sends none, and a binary answer is a Blob", async () => {
    // Validation refuses a body given anyway (a search without its filters would be another question); off, it goes unsent.
    const error = await client.getBlob!({ name: "b1", body: { ignored: true } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "ValidationError", violations: [{ path: "body", rule: "unknown", message: "is not an input of getBlob, as fetch cannot send a body with GET; it takes name" }] });
    const blob = (await createWireClient({ validate: false }).getBlob!({ name: "b1", body: { ignored: true } })) as Blob;
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0, 1, 255]);
    expect([last().method, last().body, last().headers["content-type"]]).toEqual(["GET", "", undefined]);
  });
});

describe("security schemes on the wire", () => {
  const credentialsSeen = () => ({ authorization: last().headers.authorization, key: last().headers["x-api-key"], query: last().url.split("?")[1], cookie: last().headers.cookie });

  it("the token goes to operations that ask for a bearer scheme (OAuth 2 too), never to public ones", async () => {
    const withToken = createWireClient({ token: "t0k" });
    await withToken.secureDefault!();
    expect(credentialsSeen()).toEqual({ authorization: "Bearer t0k", key: undefined, query: undefined, cookie: undefined });
    await withToken.securePublic!();
    expect(credentialsSeen().authorization).toBeUndefined();
    await withToken.secureCookie!({ theme: "dark" });
    expect(credentialsSeen()).toEqual({ authorization: "Bearer t0k", key: undefined, query: undefined, cookie: "theme=dark" });
    // Neither alternative of secureEither is met by a token: nothing is sent, the server decides.
    await withToken.secureEither!();
    expect(credentialsSeen().authorization).toBeUndefined();
  });

  it("HTTP basic, and an alternative of two API keys (header and query) sent together", async () => {
    await createWireClient({ auth: { basic: { username: "ann", password: "pä:ss" } } }).secureEither!();
    expect(credentialsSeen().authorization).toBe(`Basic ${Buffer.from("ann:pä:ss").toString("base64")}`);
    await createWireClient({ auth: { headerKey: "hk", queryKey: "q k&" } }).secureEither!();
    expect(credentialsSeen()).toEqual({ authorization: undefined, key: "hk", query: "api_key=q%20k%26", cookie: undefined });
    // Only half of the second alternative: not met, so neither key is sent.
    await createWireClient({ auth: { headerKey: "hk" } }).secureEither!();
    expect(credentialsSeen()).toEqual({ authorization: undefined, key: undefined, query: undefined, cookie: undefined });
    // Both met: the first alternative the spec lists wins.
    await createWireClient({ auth: { basic: { username: "a", password: "b" }, headerKey: "hk", queryKey: "qk" } }).secureEither!();
    expect([credentialsSeen().authorization, credentialsSeen().key]).toEqual([`Basic ${btoa("a:b")}`, undefined]);
  });

  it("an API key in a cookie joins the cookie parameters in one Cookie header", async () => {
    await createWireClient({ auth: { cookieKey: "s 1" } }).secureCookie!({ theme: "dark" });
    expect(credentialsSeen().cookie).toBe("theme=dark; sid=s%201");
  });

  it("credentials are cut from errors, their causes and log lines, in every form", async () => {
    const lines: string[] = [];
    const refused = createWireClient({ auth: { cookieKey: "cookie-secret" }, token: "token-secret", logger: (line: string) => lines.push(line) });
    const error = (await refused.secureCookie!({}, { headers: { "x-refuse": "1" } }).catch((e: unknown) => e)) as Error & { body: unknown };
    expect(error.name).toBe("AuthenticationError");
    const shown = JSON.stringify([error.message, error.body, lines]);
    expect(shown).toContain("[redacted]");
    for (const secret of ["cookie-secret", "token-secret"]) expect(shown).not.toContain(secret);
    const basic = createWireClient({ auth: { basic: { username: "ann", password: "hunter2" } }, logger: (line: string) => lines.push(line) });
    await basic.secureEither!();
    expect(lines.join("\n")).not.toMatch(/hunter2|YW5uOmh1bnRlcjI/);
  });

  it("a misspelt scheme or a credential of the wrong shape fails at createClient, quoting no secret", () => {
    expect(() => createWireClient({ auth: { tokn: "s3cret" } })).toThrow("createClient: auth.tokn is not a security scheme of this API; its schemes are token, basic, headerKey, queryKey, cookieKey, oauth");
    expect(() => createWireClient({ auth: { basic: "ann:s3cret" } })).toThrow("createClient: auth.basic must be { username, password }, two strings");
    expect(() => createWireClient({ auth: { headerKey: { username: "a", password: "s3cret" } } })).toThrow("createClient: auth.headerKey must be a string");
  });
});

describe("security schemes from the generated CLI", () => {
  const home = mkdtempSync(join(tmpdir(), "wire-cli-"));
  /** The CLI in-process, as its bin runs it, with a clean environment under `home`. */
  async function wire(argv: string[], env: Record<string, string> = {}, stdin = "") {
    let stdout = "";
    let stderr = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: () => stdin, env: { XDG_CONFIG_HOME: home, WIRE_URL: server.baseUrl, ...env } };
    const code = await runCli(program, argv, io);
    return { code, stdout, stderr };
  }

  it("each scheme has a flag and an environment variable; bearer ones share --token", () => {
    expect(program.auth!.map((o) => `${o.scheme}:${o.kind}:--${o.flag}:${o.env}`)).toEqual([
      "token:bearer:--token:WIRE_TOKEN",
      "basic:basic:--basic:WIRE_BASIC",
      "headerKey:key:--header-key:WIRE_HEADER_KEY",
      "queryKey:key:--query-key:WIRE_QUERY_KEY",
      "cookieKey:key:--cookie-key:WIRE_COOKIE_KEY",
      "oauth:bearer:--token:WIRE_TOKEN",
    ]);
  });

  it("flags, environment variables and the config file each give credentials, and requests carry them", async () => {
    expect(await wire(["secure-either", "--basic", "ann:pw:1"])).toMatchObject({ code: 0 });
    expect(last().headers.authorization).toBe(`Basic ${btoa("ann:pw:1")}`);
    expect((await wire(["secure-either"], { WIRE_HEADER_KEY: "hk", WIRE_QUERY_KEY: "qk" })).code).toBe(0);
    expect([last().headers["x-api-key"], last().url]).toEqual(["hk", "/secure/either?api_key=qk"]);
    expect((await wire(["config", "set", "cookie-key"], {}, "from-config\n")).code).toBe(0);
    expect(JSON.parse(readFileSync(join(home, "wire", "config.json"), "utf8"))).toEqual({ auth: { cookieKey: "from-config" } });
    expect((await wire(["config", "get", "cookie-key"])).stdout).toBe("(set)\n");
    expect((await wire(["secure-cookie", "--theme", "dark"])).code).toBe(0);
    expect(last().headers.cookie).toBe("theme=dark; sid=from-config");
    expect((await wire(["logout"])).code).toBe(0);
    expect((await wire(["config", "get", "cookie-key"])).stdout).toBe("(not set)\n");
  });

  it("a public operation needs nothing; a missing credential is one line naming every way to give it, and nothing is sent", async () => {
    expect((await wire(["secure-public"])).code).toBe(0);
    const before = server.requests.length;
    expect(await wire(["secure-either", "--header-key", "only-half"])).toEqual({ code: 2, stdout: "", stderr: "wire: no credentials for secure-either: it needs --basic (or WIRE_BASIC), or --header-key (or WIRE_HEADER_KEY) and --query-key (or WIRE_QUERY_KEY)\n" });
    expect(await wire(["secure-default"])).toEqual({ code: 2, stdout: "", stderr: "wire: no API token: set WIRE_TOKEN, run 'wire login', or pass --token\n" });
    expect(await wire(["secure-either", "--basic", "no-colon-s3cret"])).toEqual({ code: 2, stdout: "", stderr: "wire: --basic: expected user:password\n" });
    expect(server.requests.length).toBe(before);
  });

  it("credentials never show: not in errors, dry runs, or echoed bodies", async () => {
    // The server answers 401 with the cookie and Authorization header it got, echoed in its body.
    const refused = await wire(["secure-cookie", "--theme", "refuse", "--cookie-key", "ck-s3cret", "--token", "tk-s3cret"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[redacted]");
    const echoed = await wire(["secure-cookie", "--cookie-key", "ck-s3cret", "--output", "json", "--dry-run"]);
    expect(echoed.code).toBe(0);
    expect(echoed.stdout).toContain("cookie");
    const basic = await wire(["secure-either", "--basic", "ann:pw-s3cret", "--dry-run"]);
    const all = [refused, echoed, basic].map((r) => r.stdout + r.stderr).join("\n");
    for (const secret of ["ck-s3cret", "tk-s3cret", "pw-s3cret", btoa("ann:pw-s3cret")]) expect(all).not.toContain(secret);
  });

  it("array parameters are repeatable flags, objects JSON or KEY=VALUE, and they go out in their styles", async () => {
    const run = await wire(["styles", "--plain", "a", "--plain", "b", "--label", "x", "--matrix", '{"lat":1}', "--ids", "1", "--ids", "2", "--filter", "owner=ann", "--x-ids", "4", "--prefs", "dark", "--prefs", "compact", "--token", "t"]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(last().url).toBe("/styles/a,b/.x/;lat=1?ids=1,2&filter%5Bowner%5D=ann");
    expect([last().headers["x-ids"], last().headers.cookie]).toEqual(["4", "prefs=dark,compact"]);
    expect((await wire(["styles", "--plain", "a", "--label", "x", "--matrix", "{", "--token", "t"])).stderr).toMatch(/^wire: --matrix: the value is not valid JSON or YAML: /);
  });

  it("a boolean flag is a switch, true alone; true or false may follow it, so false can be given", async () => {
    const styles = ["styles", "--plain", "a", "--label", "x", "--matrix", "{}", "--token", "t"];
    for (const [given, sent] of [[["--verbose"], "true"], [["--verbose", "false"], "false"], [["--verbose=false"], "false"], [["--verbose", "true"], "true"]] as const) {
      expect(await wire([...styles, ...given])).toMatchObject({ code: 0, stderr: "" });
      expect(last().url).toBe(`/styles/a/.x/?verbose=${sent}`);
    }
    expect(await wire([...styles, "--verbose=maybe"])).toEqual({ code: 2, stdout: "", stderr: "wire: --verbose: expected true or false\n" });
    expect((await wire([...styles, "--help"])).stdout).toContain("--verbose [true|false]");
  });

  it("a file field takes @path; a binary body is a file's bytes; a text body is the text", async () => {
    const file = join(home, "upload.bin");
    writeFileSync(file, Buffer.from([104, 105]));
    expect((await wire(["upload", "--file", `@${file}`, "--labels", "x", "--token", "t"])).code).toBe(0);
    expect(last().body).toContain(`Content-Disposition: form-data; name="file"; filename="upload.bin"\r\nContent-Type: application/octet-stream\r\n\r\nhi\r\n`);
    expect((await wire(["upload", "--file", "hi", "--token", "t"])).stderr).toBe("wire: --file: give a file as @PATH\n");
    expect((await wire(["put-blob", "--name", "b1", "--body", `@${file}`, "--token", "t"])).code).toBe(0);
    expect([last().headers["content-type"], last().body]).toEqual(["application/octet-stream", "hi"]);
    expect((await wire(["add-note", "--body", "not JSON: {", "--token", "t", "--output", "json"])).stdout).toBe('"stored: not JSON: {"\n');
  });

  it("--help lists the credential flags and never acts", async () => {
    const help = await wire(["secure-either", "--basic", "a:b", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--basic <user:password>  http basic (or WIRE_BASIC, or 'config set basic')");
    expect(help.stdout).toContain("--header-key <key>");
  });
});

describe("the generated types", () => {
  it("type-check the calls above, refuse a GET body and an unoffered media type", () => {
    writeFileSync(
      join(root, "usage.ts"),
      [
        'import { createClient } from "./client/client.gen.js";',
        "const client = createClient();",
        'export const a = client.addPet({ name: "Rex" }, { contentType: "application/xml" });',
        "// @ts-expect-error not a media type the operation offers",
        'export const b = client.addPet({ name: "Rex" }, { contentType: "text/csv" });',
        "// @ts-expect-error fetch cannot send a GET body: the input has none",
        'export const c = client.getBlob({ name: "b1", body: {} });',
        'export const d: Promise<Blob> = client.getBlob({ name: "b1" });',
        'export const d2 = client.upload({ file: new Blob([]), thumbnails: [new Uint8Array(1)] });',
        'export const e: Promise<undefined> = client.putBlob({ name: "b1", body: new Blob([]) });',
        'export const f: Promise<string> = client.addNote({ body: "x" });',
        'export const g = client.styles({ plain: ["a"], label: [], matrix: {}, session: "s", prefs: ["x"], "X-Ids": [1] });',
        'export const i = createClient({ auth: { basic: { username: "a", password: "b" }, headerKey: "k", oauth: "t" } });',
        "// @ts-expect-error a scheme the spec does not declare",
        'export const j = createClient({ auth: { tokn: "x" } });',
        "// @ts-expect-error basic takes a user name and password",
        'export const k = createClient({ auth: { basic: "a:b" } });',
        "// @ts-expect-error mutual TLS is not a credential the client can hold",
        'export const l = createClient({ auth: { mtls: "x" } });',
        "// @ts-expect-error a cookie parameter is typed from its schema",
        'export const h = client.styles({ plain: ["a"], label: [], matrix: {}, session: 1 });',
        "",
      ].join("\n"),
    );
    writeFileSync(join(root, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["**/*.ts"], exclude: [] }));
    expect(typecheckStrict(join(root, "tsconfig.json"))).toEqual([]);
  }, 120_000);
});
