/**
 * Servers an operation or its path names for itself (GitHub's release assets go to
 * uploads.github.com): they serve the operation unless the caller chose the base URL, over real
 * sockets on 127.0.0.1, with fetch called directly and through openapi-fetch (middleware).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { createTransport, type Operation } from "../../src/runtime/index.js";
import { program } from "../golden/pets/cli.gen.js";
import { sendJson, startServer } from "../support/servers.js";

const spec = await startServer((_request, response) => sendJson(response, 200, { from: "spec" }));
const own = await startServer((_request, response) => sendJson(response, 200, { from: "own" }));
afterAll(() => {
  spec.close();
  own.close();
});

const defaults = { baseUrl: `${spec.baseUrl}/v1`, userAgent: "servers-test" };
const plain: Operation = { name: "listThings", method: "get", path: "/things", input: "flat", parseAs: "json" };
const elsewhere: Operation = { ...plain, name: "uploadThing", server: `${own.baseUrl}/uploads` };
const relative: Operation = { ...plain, name: "relativeThing", server: "/relative" };
const passThrough = [{ onRequest: () => undefined }];

describe.each([
  ["fetch directly", {}],
  ["openapi-fetch, with middleware", { middleware: passThrough }],
])("an operation's own server (%s)", (_label, extra) => {
  it("serves that operation when the base URL is the spec's; the others stay on the spec's server", async () => {
    const transport = createTransport({ ...extra }, defaults);
    await expect(transport.call(elsewhere, {})).resolves.toEqual({ from: "own" });
    expect(own.requests.at(-1)!.url).toBe("/uploads/things");
    await expect(transport.call(plain, {})).resolves.toEqual({ from: "spec" });
    expect(spec.requests.at(-1)!.url).toBe("/v1/things");
  });

  it("a relative one is taken against the base URL", async () => {
    await createTransport({ ...extra }, defaults).call(relative, {});
    expect(spec.requests.at(-1)!.url).toBe("/relative/things");
  });

  it("a base URL the caller sets serves every operation: a token never goes to a host the caller did not choose", async () => {
    const before = own.requests.length;
    await expect(createTransport({ ...extra, baseUrl: `${spec.baseUrl}/mine`, token: "t" }, defaults).call(elsewhere, {})).resolves.toEqual({ from: "spec" });
    expect(spec.requests.at(-1)!.url).toBe("/mine/things");
    expect(own.requests.length).toBe(before);
  });
});

describe("the generated CLI", () => {
  const dryRun = async (...extra: string[]) => {
    const printed: string[] = [];
    const io = { stdout: (text: string) => void printed.push(text), stderr: (text: string) => void printed.push(text), readStdin: () => "", env: { PETS_TOKEN: "t", XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "servers-cli-")) } };
    expect(await runCli(program, ["date", "--pet-id", "rex", "--dry-run", ...extra], io)).toBe(0);
    return printed.join("").split("\n")[0];
  };

  it("sends to the operation's own server unless --base-url says otherwise", async () => {
    expect(await dryRun()).toBe("GET https://eu.photos.pets.example.test/pets/rex/photo");
    expect(await dryRun("--base-url", "https://proxy.example.test/v1")).toBe("GET https://proxy.example.test/v1/pets/rex/photo");
  });
});
