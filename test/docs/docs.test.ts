/// <reference lib="dom" />
/**
 * The published docs page in real headless Chromium, loaded from file:// with the network
 * cut off: everything the seed page shows must render, with no request leaving the machine.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docsSpecFile } from "../../src/generator/output-files.js";
import { buildDocs } from "../../src/generator/stages/docs.js";
import type { CodeSample } from "../../src/generator/emit/code-samples.js";

const output = resolve("test/output/docs");
const html = join(output, "index.html");
const spec = JSON.parse(readFileSync(`generated/${docsSpecFile}`, "utf8"));
const samples = spec.paths["/v1/projects/{projectId}/jobs/{jobId}/build"].post["x-codeSamples"] as CodeSample[];

let context: BrowserContext;
let page: Page;
/** Every request the page tried that was not for a local file. */
const external: string[] = [];
let text = "";
/** The page's visible text now: Redoc renders sections as they are reached. */
const pageText = () => page.evaluate(() => document.body.innerText);

beforeAll(async () => {
  await buildDocs(`generated/${docsSpecFile}`, html);
  // Debian's Chromium, never a downloaded one; a fresh profile each run.
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "chromium-")), {
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    offline: true,
    viewport: { width: 1400, height: 1000 },
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    external.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`file://${html}`);
  // Redoc shows each tag's operations behind "+ Show", as a reader would open them.
  await page.getByText("+ Show").first().click({ timeout: 30_000 });
  await page.getByText("Required permission").first().waitFor({ timeout: 30_000 });
  await page.getByText("Whether the build has finished.").first().waitFor({ timeout: 30_000 });
  text = await pageText();
}, 90_000);

afterAll(async () => {
  await context?.close();
});

describe("the docs page, offline in Chromium", () => {
  it("shows the operation, its method and path, and the required permission", () => {
    expect(text).toContain("Start job build");
    expect(text).toContain("Start a new build for the given job. Given a commit sha, it will build that commit.");
    expect(text).toContain("Project > Jobs > Deployment > Deploy Build");
    expect(text).toMatch(/\/v1\/projects\/\{projectId\}\/jobs\/\{jobId\}\/build/);
  });

  it("shows the path parameters", () => {
    for (const words of ["projectId", "ID of the project", "jobId", "ID of the job"]) expect(text).toContain(words);
  });

  it("shows both body variants and their rules: the 40-character sha and the docker patterns", async () => {
    expect(text).toContain("Start a build with the current settings");
    expect(text).toContain("Start a build with overrides for the current settings");
    expect(text).toMatch(/= 40 characters/);
    // The second variant's fields appear once it is picked.
    await page.getByRole("button", { name: "Start a build with the current settings" }).first().click();
    await page.getByRole("menuitem", { name: "Start a build with overrides for the current settings" }).first().click();
    await expect.poll(pageText).toContain("An optional object that may specify several different overrides on the build level.");
    // Nested objects open one level at a time, as a reader clicks through them.
    for (let round = 0; round < 4; round++) {
      await page.evaluate(() => document.querySelectorAll("button").forEach((b) => /Show (\d+ )?propert/.test(b.textContent ?? "") && b.click()));
      await page.waitForTimeout(200);
    }
    const opened = await pageText();
    for (const pattern of ["^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$", "^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]*$", "^[a-zA-Z0-9-_]+$"]) expect(opened).toContain(pattern);
  });

  it("has the seed's three sample tabs, API, CLI and JS Client, each showing its sample", async () => {
    expect(samples.map((s) => s.label)).toEqual(["API", "CLI", "JS Client"]);
    const panel = page.locator(".panel-request-samples");
    for (const sample of [...samples].reverse()) {
      await panel.getByRole("button", { name: /^(API|CLI|JS Client)$/ }).click();
      expect(await page.getByRole("menuitem").allInnerTexts()).toEqual(["API", "CLI", "JS Client", "Payload"]);
      await page.getByRole("menuitem", { name: sample.label, exact: true }).click();
      const firstCode = sample.source.split("\n").find((line) => line.trim() && !line.startsWith("#") && !line.startsWith("//"))!;
      await expect.poll(() => panel.innerText()).toContain(firstCode.slice(0, 40));
    }
  });

  it("shows the response fields, the example response and the error responses", () => {
    for (const words of ["ID of the build.", "Whether the build has finished.", '"id": "joyous-view-6290"']) expect(text).toContain(words);
    for (const status of ["200", "400", "401", "403", "404", "409", "429", "500"]) expect(text).toContain(status);
  });

  it("sent no request off the page: it renders offline and calls no one", () => {
    expect(external).toEqual([]);
    expect(readFileSync(html, "utf8")).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
  });

  it("saves a full-page screenshot for people to look at", async () => {
    mkdirSync(output, { recursive: true });
    const png = await page.screenshot({ path: join(output, "screenshot.png"), fullPage: true });
    expect(png.length).toBeGreaterThan(10_000);
  });
});

describe("the docs build", () => {
  it("is reproducible: two builds give the same bytes", async () => {
    const again = join(mkdtempSync(join(tmpdir(), "docs-")), "index.html");
    await buildDocs(`generated/${docsSpecFile}`, again);
    expect(readFileSync(again).equals(readFileSync(html))).toBe(true);
    rmSync(again);
  });
});

describe("the samples", () => {
  it("the TypeScript sample type-checks against the generated client", async () => {
    const dir = resolve("test/output/samples");
    mkdirSync(dir, { recursive: true });
    const typescript = samples.find((s) => s.label === "JS Client")!;
    writeFileSync(join(dir, "start-job-build.ts"), `${typescript.source}\nexport {};\n`);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ extends: "../../../tsconfig.json", include: ["*.ts"], exclude: [] }));
    const result = await promisify(execFile)("node_modules/.bin/tsc", ["--noEmit", "-p", join(dir, "tsconfig.json")]).then(
      () => "",
      (error: { stdout: string }) => error.stdout,
    );
    expect(result).toBe("");
  });

  it("the CLI samples run with the real CLI in --dry-run", async () => {
    const cli = samples.find((s) => s.label === "CLI")!;
    const commands = cli.source.split("\n").filter((line) => line.startsWith("nfbuild "));
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const { stdout } = await promisify(execFile)("sh", ["-c", command.replace(/^nfbuild /, "node bin/nfbuild.js ") + " --dry-run"], { env: { PATH: process.env.PATH, NORTHFLANK_API_TOKEN: "t0ken-for-docs" } });
      expect(stdout).toMatch(/^POST https:\/\/api\.northflank\.com\/v1\/projects\/default-project\/jobs\/example-job\/build\n/);
    }
  });

  it("the curl samples send the bodies of the spec's examples", () => {
    const curl = samples.find((s) => s.label === "API")!.source;
    const examples = spec.paths["/v1/projects/{projectId}/jobs/{jobId}/build"].post.requestBody.content["application/json"].examples;
    const bodies = [...curl.matchAll(/--data '(.+)'/g)].map((m) => JSON.parse(m[1]!));
    expect(bodies).toEqual(Object.values(examples).map((e) => (e as { value: unknown }).value));
  });
});
