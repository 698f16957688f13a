/**
 * Type tests for the generated client, checked by `tsc` (see test/generator/typecheck.test.ts):
 * each `@ts-expect-error` must meet an error, so the types cannot silently loosen.
 */
import { createClient, type paths, type StartJobBuildInput, type StartJobBuildOutput } from "../../src/index.js";

const client = createClient({ token: "t" });
const ids = { projectId: "p", jobId: "j" };
const sha = "262ed9817b3cad5142fbceabe0c9e371e390d616";

export async function accepted(): Promise<StartJobBuildOutput[]> {
  return Promise.all([
    client.startJobBuild(ids),
    client.startJobBuild({ ...ids, sha }),
    client.startJobBuild({ ...ids, overrides: { docker: { dockerFilePath: "/Dockerfile" }, buildArguments: { A: "1" } } }),
    client.startJobBuild({ ...ids, sha, overrides: { buildFiles: { "/a": { data: "YQ==", encoding: "utf-8" } } } }),
  ]);
}

export async function rejected(): Promise<void> {
  // @ts-expect-error path parameters are required
  await client.startJobBuild({ sha });
  // @ts-expect-error unknown body field
  await client.startJobBuild({ ...ids, shaa: sha });
  // @ts-expect-error build arguments are strings
  await client.startJobBuild({ ...ids, overrides: { buildArguments: { A: 1 } } });
  // @ts-expect-error a secret file needs data
  await client.startJobBuild({ ...ids, overrides: { buildFiles: { "/a": { encoding: "utf-8" } } } });
  // @ts-expect-error unknown docker override
  await client.startJobBuild({ ...ids, overrides: { docker: { dockerfile: "/Dockerfile" } } });
}

/** The two body variants stay a union: `{sha?}` and `{sha?, overrides}`, not one merged object. */
type Body = NonNullable<paths["/v1/projects/{projectId}/jobs/{jobId}/build"]["post"]["requestBody"]>["content"]["application/json"];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type IsUnion<T> = [T] extends [UnionToIntersection<T>] ? false : true;
type Assert<T extends true> = T;
export type BodyIsAUnion = Assert<IsUnion<Body>>;
export type OneVariantRequiresOverrides = Assert<Extract<Body, { overrides: object }> extends never ? false : true>;
export const withoutOverrides: StartJobBuildInput = { ...ids, sha };
export const withOverrides: StartJobBuildInput = { ...ids, overrides: {} };

/** The response is typed from the spec: `data.id` is a string, `pullRequestId` may be null. */
export function read(output: StartJobBuildOutput): [string, number | null | undefined] {
  return [output.data.id, output.data.pullRequestId];
}
