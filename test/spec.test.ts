import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { lookupPointer, type OpenApiDocument } from "../src/generator/spec/document.js";
import { loadSpec } from "../src/generator/stages/load.js";

/** The seed page the spec is written from (a copy of the published docs page). */
const seed = readFileSync("test/fixtures/seed-page.txt", "utf8");
const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";

let document: OpenApiDocument;
let variants: { current: (body: unknown) => boolean; overrides: (body: unknown) => boolean; request: (body: unknown) => boolean };

beforeAll(async () => {
  ({ document } = await loadSpec("openapi.yaml"));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: "spec", components: document.components }, "spec");
  const compile = (name: string) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${name}`)!;
    return (body: unknown) => validate(body) as boolean;
  };
  variants = { current: compile("StartJobBuildWithCurrentSettings"), overrides: compile("StartJobBuildWithOverrides"), request: compile("StartJobBuildRequest") };
});

const at = (pointer: string) => lookupPointer(document, pointer);
const operation = "/paths/~1v1~1projects~1{projectId}~1jobs~1{jobId}~1build/post";

/** The two request bodies on the seed page, read from its curl samples. */
const seedBodies = [...seed.matchAll(/--data '(.+)'/g)].map((m) => JSON.parse(m[1]!) as unknown);

describe("openapi.yaml", () => {
  it("lints with zero problems through the Redocly CLI", async () => {
    const { stdout } = await promisify(execFile)("node_modules/.bin/redocly", ["lint", "openapi.yaml", "--format=json"]);
    const report = JSON.parse(stdout) as { totals: Record<string, number>; problems: unknown[] };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.problems).toEqual([]);
  });

  it("states the seed page's operation", () => {
    expect(seedBodies).toHaveLength(2);
    expect(at(`${operation}/operationId`)).toBe("startJobBuild");
    expect(at(`${operation}/summary`)).toBe("Start job build");
    expect(seed).toContain("Start job build");
    const description = at(`${operation}/description`) as string;
    expect(description).toContain("Start a new build for the given job. Given a commit sha, it will build that commit.");
    expect(description).toContain("Project > Jobs > Deployment > Deploy Build");
    expect(at(`${operation}/x-required-permission`)).toBe("Project > Jobs > Deployment > Deploy Build");
    expect(at(`${operation}/tags`)).toEqual(["Jobs"]);
    expect(at(`${operation}/security`)).toEqual([{ bearerAuth: [] }]);
    expect(at("/components/securitySchemes/bearerAuth")).toMatchObject({ type: "http", scheme: "bearer" });
    expect(at("/servers/0/url")).toBe("https://api.northflank.com");
  });

  it.each([
    { pointer: "/components/parameters/projectId/description", text: "ID of the project" },
    { pointer: "/components/parameters/jobId/description", text: "ID of the job" },
    { pointer: "/components/schemas/CommitSha/description", text: "Commit sha to build. If not provided, will build the most recent commit of the job's branch." },
    { pointer: "/components/schemas/StartJobBuildWithCurrentSettings/description", text: "Start a build with the current settings" },
    { pointer: "/components/schemas/StartJobBuildWithOverrides/description", text: "Start a build with overrides for the current settings" },
    { pointer: "/components/schemas/BuildOverrides/description", text: "An optional object that may specify several different overrides on the build level." },
    { pointer: "/components/schemas/BuildOverrides/properties/buildArguments/description", text: "Build arguments that will be set on this build only. In case of conflicts these values take precedence." },
    { pointer: "/components/schemas/BuildOverrides/properties/buildFiles/description", text: "Secret files as JSON object, encrypted at rest. File path must be absolute" },
    { pointer: "/components/schemas/BuildOverrides/properties/dockerSecretMounts/description", text: "Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier" },
    { pointer: "/components/schemas/DockerOverrides/description", text: "Overrides for docker build settings." },
    { pointer: "/components/schemas/DockerOverrides/properties/dockerFilePath/description", text: "The file path of the Dockerfile." },
    { pointer: "/components/schemas/DockerOverrides/properties/dockerWorkDir/description", text: "The working directory of the Dockerfile." },
    { pointer: "/components/schemas/DockerOverrides/properties/dockerfileTarget/description", text: "If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here." },
    { pointer: "/components/schemas/StartJobBuildResponse/description", text: "Response object." },
    { pointer: "/components/schemas/JobBuild/description", text: "Result data." },
    { pointer: "/components/schemas/JobBuild/properties/id/description", text: "ID of the build." },
    { pointer: "/components/schemas/JobBuild/properties/branch/description", text: "Name of the branch the built commit belongs to." },
    { pointer: "/components/schemas/JobBuild/properties/pullRequestId/description", text: "ID of the pull request the commit belongs to." },
    { pointer: "/components/schemas/JobBuild/properties/sha/description", text: "The sha of the built commit." },
    { pointer: "/components/schemas/JobBuild/properties/registry/properties/uri/description", text: "URI of that can be used to pull the image from the registry" },
    { pointer: "/components/schemas/JobBuild/properties/createdAt/description", text: "Timestamp of the build initiation." },
    { pointer: "/components/schemas/JobBuild/properties/concluded/description", text: "Whether the build has finished." },
    { pointer: `${operation}/responses/200/description`, text: "Returns data about the build initiated" },
  ])("carries the seed's words at $pointer", ({ pointer, text }) => {
    expect(seed).toContain(text);
    expect(at(pointer)).toBe(text);
  });

  it("copies the seed's three docker patterns verbatim, and its sha length", () => {
    const seedPatterns = [...seed.matchAll(/pattern\s*\n\s*(\S+)/g)].map((m) => m[1]);
    const docker = "/components/schemas/DockerOverrides/properties";
    expect([at(`${docker}/dockerFilePath/pattern`), at(`${docker}/dockerWorkDir/pattern`), at(`${docker}/dockerfileTarget/pattern`)]).toEqual(seedPatterns);
    expect(at("/components/schemas/CommitSha")).toMatchObject({ type: "string", minLength: 40, maxLength: 40 });
  });

  it("holds the seed's request bodies as named examples, and its example response", () => {
    const examples = at(`${operation}/requestBody/content/application~1json/examples`) as Record<string, { summary: string; value: unknown }>;
    expect(Object.values(examples).map((e) => e.value)).toEqual(seedBodies);
    expect(Object.values(examples).map((e) => e.summary)).toEqual(["Start a build with the current settings", "Start a build with overrides for the current settings"]);
    const seedResponse = JSON.parse(/JSON\s*\n([\s\S]*?)\n\s*©/.exec(seed)![1]!) as unknown;
    expect(at(`${operation}/responses/200/content/application~1json/examples/buildStarted/value`)).toEqual(seedResponse);
  });

  it("declares the error envelope for 400, 401, 403, 404, 409, 429 and 500, and rate-limit headers on 429", () => {
    const responses = at(`${operation}/responses`) as Record<string, unknown>;
    expect(Object.keys(responses)).toEqual(["200", "400", "401", "403", "404", "409", "429", "500"]);
    for (const name of ["BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "TooManyRequests", "InternalServerError"]) {
      expect(at(`/components/responses/${name}/content/application~1json/schema`)).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
    }
    expect(Object.keys(at("/components/responses/TooManyRequests/headers") as object)).toEqual(["Retry-After", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]);
    expect(at("/components/schemas/ErrorResponse/properties/error/required")).toEqual(["status", "message"]);
  });
});

describe("the request body's oneOf", () => {
  const overridesExample = () => structuredClone(seedBodies[1]) as { overrides: Record<string, Record<string, unknown>> };

  it.each([
    { name: "{}", body: {}, want: "current" },
    { name: "{sha}", body: { sha }, want: "current" },
    { name: "the seed's overrides example", body: seedBodies[1], want: "overrides" },
    { name: "overrides without sha", body: { overrides: {} }, want: "overrides" },
  ])("accepts $name by exactly one variant", ({ body, want }) => {
    expect({ current: variants.current(body), overrides: variants.overrides(body) }).toEqual({ current: want === "current", overrides: want === "overrides" });
    expect(variants.request(body)).toBe(true);
  });

  it.each([
    { name: "a 39-character sha", body: () => ({ sha: sha.slice(1) }) },
    { name: "a 41-character sha", body: () => ({ sha: `${sha}0` }) },
    { name: "a relative dockerFilePath", body: () => ({ overrides: { docker: { dockerFilePath: "Dockerfile" } } }) },
    { name: "a relative dockerWorkDir", body: () => ({ overrides: { docker: { dockerWorkDir: "src/" } } }) },
    { name: "a dockerfileTarget with a space", body: () => ({ overrides: { docker: { dockerfileTarget: "build stage" } } }) },
    { name: "a non-string build argument", body: () => ({ overrides: { buildArguments: { A: 1 } } }) },
    { name: "an unknown top-level property", body: () => ({ sha, force: true }) },
    { name: "an unknown overrides property", body: () => ({ overrides: { cache: false } }) },
    { name: "an unknown docker property", body: () => ({ overrides: { docker: { dockerfile: "/Dockerfile" } } }) },
    { name: "an unknown secret file property", body: () => { const b = overridesExample(); (b.overrides.buildFiles!["/dir/fileName"] as Record<string, unknown>).mode = "0600"; return b; } },
    { name: "a relative build file path", body: () => ({ overrides: { buildFiles: { "dir/file": { data: "YQ==" } } } }) },
    { name: "a secret file without data", body: () => ({ overrides: { dockerSecretMounts: { id: { encoding: "utf-8" } } } }) },
    { name: "secret data that is not base64", body: () => ({ overrides: { dockerSecretMounts: { id: { data: "not base64!" } } } }) },
  ])("rejects $name", ({ body }) => {
    const value = body();
    expect(variants.current(value) || variants.overrides(value)).toBe(false);
    expect(variants.request(value)).toBe(false);
  });

  it("marks secret file data as sensitive and write-only, base64-encoded", () => {
    expect(at("/components/schemas/SecretFile/properties/data")).toMatchObject({ writeOnly: true, "x-sensitive": true, contentEncoding: "base64" });
  });

  it("validates the 200 example against its schema, pullRequestId may be null", () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema({ $id: "spec", components: document.components }, "spec");
    const validate = ajv.getSchema("spec#/components/schemas/StartJobBuildResponse")!;
    const example = at(`${operation}/responses/200/content/application~1json/examples/buildStarted/value`) as { data: Record<string, unknown> };
    expect(validate(example)).toBe(true);
    expect(validate({ data: { ...example.data, pullRequestId: null } })).toBe(true);
    expect(validate({ data: { ...example.data, createdAt: "yesterday" } })).toBe(false);
    expect(validate({ data: {} })).toBe(false);
  });
});
