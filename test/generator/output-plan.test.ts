/**
 * What a run may do to its output folder: write and remove only what its own manifest there
 * lists, refuse a folder holding anything else, and refuse `--out` values that can only be a slip.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../src/generator/errors.js";
import { manifestText, parseManifest, type Manifest } from "../../src/generator/incremental.js";
import { makeFolder } from "../../src/generator/make-folder.js";
import { readOutputFolder } from "../../src/generator/output-folder.js";
import { sha256 } from "../../src/generator/output-files.js";
import { isNoOp, planOutput } from "../../src/generator/output-plan.js";
import { refuseUnsafeOutFolder } from "../../src/generator/safe-out-folder.js";
import { applyChanges, diffOutput } from "../../src/generator/stages/write.js";

const work = mkdtempSync(join(tmpdir(), "output-plan-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const header = "// Generated from x.yaml by this project's OpenAPI generator. DO NOT EDIT.\n";
const file = (path: string, body = path) => ({ path, contents: `${header}${body}` });
const manifestOf = (outputs: string[], extra: Partial<Manifest> = {}) => ({
  path: "generate.manifest.json",
  contents: manifestText({ "x-generated": "x", fingerprint: "f", inputs: ["x.yaml"], outputs: Object.fromEntries(outputs.map((p) => [p, sha256(`${header}${p}`)])), built: ["docs/index.html"], ...extra }),
});

/** A folder with these files in it (path -> text). */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

function refusal(run: () => unknown): GeneratorError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GeneratorError);
    return error as GeneratorError;
  }
  return expect.fail("expected a refusal");
}

describe("the output plan", () => {
  it("writes into a new folder, then finds nothing to do", () => {
    const out = join(work, "fresh");
    const files = [file("a.js"), file("nested/b.js"), manifestOf(["a.js", "nested/b.js"])];
    expect(diffOutput(out, files)).toEqual({ changed: ["a.js", "nested/b.js", "generate.manifest.json"], orphaned: [] });
    applyChanges(out, files, diffOutput(out, files));
    expect(isNoOp(diffOutput(out, files))).toBe(true);
  });

  it("removes only files the last manifest lists, never one it does not", () => {
    const out = join(work, "orphans");
    const before = [file("a.js"), file("old.js"), file("gone.js"), manifestOf(["a.js", "old.js", "gone.js"])];
    applyChanges(out, before, diffOutput(out, before));
    rmSync(join(out, "gone.js")); // listed but already gone: nothing to remove
    const after = [file("a.js"), manifestOf(["a.js"])];
    const changes = diffOutput(out, after);
    expect(changes).toEqual({ changed: ["generate.manifest.json"], orphaned: ["old.js"] });
    applyChanges(out, after, changes);
    expect(existsSync(join(out, "old.js"))).toBe(false);
    expect(isNoOp(diffOutput(out, after))).toBe(true);
  });

  it.each<{ name: string; files: Record<string, string>; names: string[] }>([
    { name: "a hand-written file, no manifest", files: { "notes.txt": "mine" }, names: ["notes.txt"] },
    { name: "a generated-looking file, no manifest", files: { "client.gen.js": `${header}x` }, names: ["client.gen.js"] },
    { name: "a file with our header that the manifest does not list", files: { "old.gen.ts": `${header}x`, "generate.manifest.json": manifestOf([]).contents }, names: ["old.gen.ts"] },
    { name: "a nested output folder with its own manifest", files: { "b/client.gen.js": `${header}b/client.gen.js`, "b/generate.manifest.json": manifestOf(["client.gen.js"]).contents, "generate.manifest.json": manifestOf([]).contents }, names: ["b/client.gen.js", "b/generate.manifest.json"] },
    { name: "a manifest that is not one of ours", files: { "generate.manifest.json": '{"name": "something else"}', "a.js": "x" }, names: ["a.js", "generate.manifest.json"] },
    { name: "an unparseable manifest", files: { "generate.manifest.json": "{", "a.js": `${header}a.js` }, names: ["a.js", "generate.manifest.json"] },
  ])("refuses a folder holding $name, naming the folder and the files", ({ name, files, names }) => {
    const out = folder(name.replace(/\W+/g, "-"), files);
    const error = refusal(() => diffOutput(out, [file("client.gen.js"), manifestOf(["client.gen.js"])]));
    expect(error.exitCode).toBe(4);
    expect(error.message).not.toContain("\n");
    expect(error.message).toContain(`${out}/`);
    for (const path of names) expect(error.message).toContain(path);
    for (const path of Object.keys(files)) expect(existsSync(join(out, path))).toBe(true);
  });

  it.each([
    { name: "listed in the manifest", built: ["docs/index.html"] as string[] | undefined },
    { name: "from a manifest written before `built` was recorded", built: undefined },
  ])("counts docs/index.html as ours, $name, and never removes it", ({ name, built }) => {
    const record = JSON.parse(manifestOf(["a.js"]).contents) as Record<string, unknown>;
    if (built === undefined) delete record.built;
    const out = folder(`docs-${name.replace(/\W+/g, "-")}`, { "a.js": `${header}a.js`, "docs/index.html": "<html>", "generate.manifest.json": JSON.stringify(record) });
    const changes = diffOutput(out, [file("a.js"), manifestOf(["a.js"])]);
    expect(changes.orphaned).toEqual([]);
    expect(parseManifest(JSON.stringify(record))?.built).toEqual(["docs/index.html"]);
  });

  it("plans from what is on disk: a path the manifest lists outside the folder is never touched", () => {
    const outside = folder("outside", { "victim.js": "keep me" });
    const out = folder("escape", { "generate.manifest.json": manifestText({ "x-generated": "x", fingerprint: "f", inputs: [], outputs: { "../outside/victim.js": "0", "/etc/hostname": "0" }, built: [] }) });
    const changes = planOutput(readOutputFolder(out), new Map());
    expect(changes.orphaned).toEqual([]);
    expect(existsSync(join(outside, "victim.js"))).toBe(true);
  });

  it("refuses --out at a file (exit 4), and treats a symbolic link in the folder as a file, not followed", () => {
    const plain = folder("plain", { "f.txt": "x" });
    expect(refusal(() => readOutputFolder(join(plain, "f.txt"))).message).toContain("is a file, not a folder");
    const linked = folder("linked", { "generate.manifest.json": manifestOf([]).contents });
    symlinkSync(folder("elsewhere", { "x.js": `${header}x` }), join(linked, "link"));
    expect(readOutputFolder(linked).files).toEqual(["generate.manifest.json", "link"]);
    expect(refusal(() => diffOutput(linked, [manifestOf([])])).message).toContain("link");
  });
});

describe("--out values that can only be a slip (exit 3)", () => {
  const home = folder("home", {});
  const cwd = folder("home/project/sub", {});
  const where = { cwd, home };
  symlinkSync(cwd, join(work, "link-to-cwd"));

  it.each(["", ".", "./", "..", "../..", "/", home, join(cwd, ".."), join(work, "link-to-cwd"), cwd])("refuses %j", (out) => {
    const error = refusal(() => refuseUnsafeOutFolder(out, where));
    expect(error.exitCode).toBe(3);
    expect(error.message).not.toContain("\n");
  });

  it.each(["generated", "out/client", "../sibling", join(home, "elsewhere")])("accepts %j", (out) => {
    expect(() => refuseUnsafeOutFolder(out, where)).not.toThrow();
  });
});

describe("makeFolder", () => {
  it("makes every missing level, and accepts one that is there", () => {
    const deep = join(work, "mk/a/b/c");
    makeFolder(deep);
    makeFolder(deep);
    expect(existsSync(deep)).toBe(true);
  });

  it.each([
    { name: "a file in the way", path: () => join(folder("mk-file", { f: "x" }), "f/sub"), want: /^cannot create the folder .*f\/sub: .*f is a file, not a folder$/ },
    { name: "under /proc, where recursive mkdir loops", path: () => "/proc/nonexistent-dir/x", want: /^cannot create the folder \/proc\/nonexistent-dir\/x: mkdir \/proc\/nonexistent-dir: ENOENT$/ },
  ])("stops with one line naming the folder and the reason: $name", ({ path, want }) => {
    const error = refusal(() => makeFolder(path()));
    expect(error.exitCode).toBe(4);
    expect(error.message).toMatch(want);
  });
});
