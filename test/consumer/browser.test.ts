/// <reference lib="dom" />
/**
 * The installed package in a browser: a page's module that imports it, bundled by esbuild for
 * the browser from inside the consumer project, run in headless Chromium against an API on
 * another origin, so the calls go through CORS as they would from a real web app.
 */
import { writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedConsumer, workFolder } from "../support/consumer.js";
import { answerConsumer, consumerBuild, consumerScript, expectedResults } from "../support/consumer-script.js";
import { startServer } from "../support/servers.js";

const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";
let bundle = "";
let metafile: Metafile;

// The page's origin; the API below answers it, and only it.
const page = await startServer((request, response) => {
  const files: Record<string, [string, string]> = {
    "/": ["text/html", `<!doctype html><meta charset="utf-8"><title>consumer</title><script type="module" src="/app.js"></script>`],
    "/app.js": ["text/javascript", bundle],
  };
  const file = files[request.url];
  response.writeHead(file ? 200 : 404, { "Content-Type": file?.[0] ?? "text/plain" });
  response.end(file?.[1] ?? "");
});
const api = await startServer((request, response) => {
  response.setHeader("Access-Control-Allow-Origin", page.baseUrl);
  response.setHeader("Vary", "Origin");
  if (request.method !== "OPTIONS") return answerConsumer(request, response);
  // The preflight a bearer token and a JSON body bring on.
  response.writeHead(204, { "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "authorization, content-type", "Access-Control-Max-Age": "0" });
  response.end();
});
let browser: Browser;
afterAll(async () => {
  await browser?.close();
  await Promise.all([page.close(), api.close()]);
});

beforeAll(async () => {
  const dir = workFolder(await installedConsumer(), "browser");
  // The consumer script, then one call with a body; the page puts all it saw into the DOM.
  const app = `${consumerScript(api.baseUrl)}
const withBody = await client.startJobBuild({ projectId: "p", jobId: "j", sha: ${JSON.stringify(sha)} });
document.body.dataset.result = JSON.stringify({ results, withBody });
`;
  writeFileSync(join(dir, "app.mjs"), app);
  const result = await build({ absWorkingDir: dir, entryPoints: ["app.mjs"], bundle: true, platform: "browser", format: "esm", target: "es2022", write: false, metafile: true, logLevel: "silent", outfile: "app.js" });
  bundle = result.outputFiles[0]!.text;
  metafile = result.metafile;
}, 240_000);

describe("bundled for the browser", () => {
  it("esbuild bundles it from the installed package, importing no Node module", () => {
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((input) => input.includes("node_modules/northflank-build-kit/dist/src/runtime/"))).toBe(true);
    const imports = Object.values(metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
    expect(imports.filter((path) => path.startsWith("node:") || builtinModules.includes(path))).toEqual([]);
    // Nothing is left for the browser to resolve: every import went into the bundle.
    expect(Object.values(metafile.outputs).flatMap((output) => output.imports)).toEqual([]);
    expect(bundle).not.toMatch(/\bfrom\s*["']node:|\brequire\(|\bimport\(\s*["']node:/);
  });
});

describe("in headless Chromium, calling an API on another origin", () => {
  let seen: { results: unknown; withBody: unknown };
  const problems: string[] = [];

  beforeAll(async () => {
    expect(new URL(page.baseUrl).origin).not.toBe(new URL(api.baseUrl).origin);
    // Debian's Chromium, never a downloaded one; launch() gives it a fresh profile each run.
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
    const tab = await browser.newPage();
    tab.on("pageerror", (error) => problems.push(error.message));
    tab.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    await tab.goto(`${page.baseUrl}/`);
    const done = await tab.waitForFunction(() => document.body?.dataset.result, undefined, { timeout: 30_000 }).catch(() => undefined);
    // A failed page says why: CORS refusals and script errors land in `problems`.
    expect(done, problems.join("\n")).toBeDefined();
    seen = JSON.parse((await done!.jsonValue()) as string);
  }, 90_000);

  it("the consumer script's outcomes are the same as on Node: a build, a typed 404, a validation error", () => {
    expect(seen.results).toEqual(expectedResults);
    expect(problems.filter((problem) => !/404/.test(problem))).toEqual([]);
  });

  it("sent the request the API expects: POST to the job's build path, the bearer token, a JSON body", () => {
    expect(seen.withBody).toEqual(consumerBuild);
    const call = api.requests.find((request) => request.method === "POST" && request.body !== "" && JSON.parse(request.body).sha === sha);
    expect(call).toMatchObject({ url: "/v1/projects/p/jobs/j/build", headers: { authorization: "Bearer consumer-token", origin: page.baseUrl } });
    expect(call!.headers["content-type"]).toMatch(/^application\/json\b/);
    expect(JSON.parse(call!.body)).toEqual({ sha });
  });

  it("went through a CORS preflight for the token and the JSON body", () => {
    const preflights = api.requests.filter((request) => request.method === "OPTIONS");
    expect(preflights.length).toBeGreaterThan(0);
    for (const preflight of preflights) {
      expect(preflight.headers).toMatchObject({ origin: page.baseUrl, "access-control-request-method": "POST" });
      expect(preflight.headers["access-control-request-headers"]!.split(",").sort()).toEqual(["authorization", "content-type"]);
    }
  });
});
