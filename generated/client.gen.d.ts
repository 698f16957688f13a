// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { ApiDefaults, CallOptions, ClientOptions, Transport } from "../src/runtime/types.js";
import type { components, paths } from "./schema.js";

/** The spec's first server, and the User-Agent: what `createClient` uses unless told otherwise. */
export declare const apiDefaults: ApiDefaults;

/** The input of {@link startJobBuild}. */
export type StartJobBuildInput = paths["/v1/projects/{projectId}/jobs/{jobId}/build"]["post"]["parameters"]["path"] & NonNullable<paths["/v1/projects/{projectId}/jobs/{jobId}/build"]["post"]["requestBody"]>["content"]["application/json"];
/** What {@link startJobBuild} resolves with: the body of a successful response. */
export type StartJobBuildOutput = paths["/v1/projects/{projectId}/jobs/{jobId}/build"]["post"]["responses"][200]["content"]["application/json"];
/** The body of an `ApiError` from {@link startJobBuild}, as the spec declares its error responses. */
export type StartJobBuildErrorBody = components["schemas"]["ErrorResponse"];

/**
 * Start job build
 *
 * Start a new build for the given job. Given a commit sha, it will build that commit.
 *
 * **Required permission:** Project > Jobs > Deployment > Deploy Build
 *
 * `POST /v1/projects/{projectId}/jobs/{jobId}/build`
 *
 * Input:
 * - `projectId` (path, required): `string`. ID of the project
 * - `jobId` (path, required): `string`. ID of the job
 * - `sha` (body): `string`, `length 40`. Commit sha to build. If not provided, will build the most recent commit of the job's branch.
 * - `overrides` (body): `object`. An optional object that may specify several different overrides on the build level.
 * - `overrides.buildArguments` (body): `map of string`. Build arguments that will be set on this build only. In case of conflicts these values take precedence.
 * - `overrides.buildFiles` (body): `map of object`, `keys match ^/`. Secret files as JSON object, encrypted at rest. File path must be absolute
 * - `overrides.buildFiles.*.data` (body): `string`, `pattern ^[A-Za-z0-9+/]*={0,2}$`, `base64`, `sensitive`. The file's contents, base64-encoded.
 * - `overrides.buildFiles.*.encoding` (body): `string`. The original encoding of the file (only `utf-8` is documented).
 * - `overrides.dockerSecretMounts` (body): `map of object`. Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier
 * - `overrides.dockerSecretMounts.*.data` (body): `string`, `pattern ^[A-Za-z0-9+/]*={0,2}$`, `base64`, `sensitive`. The file's contents, base64-encoded.
 * - `overrides.dockerSecretMounts.*.encoding` (body): `string`. The original encoding of the file (only `utf-8` is documented).
 * - `overrides.docker` (body): `object`. Overrides for docker build settings.
 * - `overrides.docker.dockerFilePath` (body): `string`, `pattern ^\/([a-zA-Z0-9-._]+\/)*[a-zA-Z0-9-._]+$`. The file path of the Dockerfile.
 * - `overrides.docker.dockerWorkDir` (body): `string`, `pattern ^\/([a-zA-Z0-9-._]+\/)*[a-zA-Z0-9-._]*$`. The working directory of the Dockerfile.
 * - `overrides.docker.dockerfileTarget` (body): `string`, `pattern ^[a-zA-Z0-9-_]+$`. If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here.
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Parameters and body fields, side by side.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link StartJobBuildErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function startJobBuild(transport: Transport, input: StartJobBuildInput, options?: CallOptions): Promise<StartJobBuildOutput>;

/**
 * Builds a `SecretFile` from file content: `data` is base64-encoded for you (text as UTF-8).
 * @param content - The file's content: text, or raw bytes.
 * @param fields - The other fields of `SecretFile`.
 */
export declare function secretFile(content: string | Uint8Array, fields?: Omit<components["schemas"]["SecretFile"], "data">): components["schemas"]["SecretFile"];
/** Credentials by the spec's security schemes; each operation sends those its `security` asks for. Never shown in errors or logs. */
export type ClientAuth = {
  /** http bearer: a token, sent as `Authorization: Bearer`. A Northflank API token, sent as `Authorization: Bearer <token>`. */
  bearerAuth?: string;
};

/** One method per operation of the API, each sending its request through the client's transport. */
export interface Client {
  /** Start job build. See {@link startJobBuild}. */
  startJobBuild(input: StartJobBuildInput, options?: CallOptions): Promise<StartJobBuildOutput>;
}

/**
 * Creates a client with one method per operation.
 * @param options - `baseUrl` (default `https://api.northflank.com`), `token` (sent as a bearer token), `auth` (credentials by security scheme), `fetch`, `timeout`, `maxRetries`, `retry`, `validate`, `validateResponses`, `headers`, `middleware` and `logger`.
 */
export declare function createClient(options?: Omit<ClientOptions, "auth"> & { auth?: ClientAuth }): Client;
