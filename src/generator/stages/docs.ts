import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { promisify } from "node:util";
import { ExitCode, GeneratorError } from "../errors.js";
import { packageFile, redoclyBin } from "../package-files.js";

/**
 * One self-contained HTML page from the docs spec, by Redocly's `build-docs`: scripts
 * inlined (the default loads them from a CDN and renders blank offline), telemetry off.
 * Options come from `redocly.yaml` in the working folder, when there is one; our page
 * template adds a Content-Security-Policy that forbids every request off the page, and the
 * spec's summary as the page description.
 */
export async function buildDocs(specFile: string, htmlFile: string): Promise<void> {
  mkdirSync(dirname(htmlFile), { recursive: true });
  const redocly = redoclyBin();
  if (!redocly) throw new GeneratorError("the HTML docs need @redocly/cli, which is not installed: install it, or pass --no-docs", ExitCode.usage);
  const template = packageFile("src/generator/stages/docs-template.hbs");
  try {
    const info = (JSON.parse(readFileSync(specFile, "utf8")) as { info?: { title?: string; summary?: string; description?: string } }).info ?? {};
    const description = info.summary ?? info.description?.split("\n")[0] ?? "";
    const args = ["build-docs", specFile, "--output", htmlFile, "--inlineBundle", "--template", template, `--templateOptions.metaDescription=${description}`];
    await promisify(execFile)(process.execPath, [redocly, ...args], { env: { ...process.env, REDOCLY_TELEMETRY: "off" } });
  } catch (error) {
    // A terminal's Ctrl-C reaches Redocly too: said as it happened, not as a failure of its own.
    const signal = (error as { signal?: string | null }).signal;
    if (signal) throw new GeneratorError(`cannot build the docs from ${specFile}: Redocly was stopped by ${signal}`, ExitCode.io);
    const output = `${(error as { stderr?: string }).stderr ?? ""}${(error as { stdout?: string }).stdout ?? ""}`;
    const reason = output.split("\n").find((line) => /error|failed/i.test(line) && !/[║╔╚]/.test(line))?.trim() ?? (error as Error).message.split("\n")[0];
    throw new GeneratorError(`cannot build the docs from ${specFile}: ${reason}`, ExitCode.io);
  }
}
