// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { ApiDefaults, CallOptions, ClientOptions, Transport } from "../../../src/runtime/types.js";
import type { paths } from "./schema.js";

/** The spec's first server, and the User-Agent: what `createClient` uses unless told otherwise. */
export declare const apiDefaults: ApiDefaults;

/** The input of {@link itemsReplaceV2}. */
export type ItemsReplaceV2Input = { path: paths["/items/{id}"]["put"]["parameters"]["path"]; query?: NonNullable<paths["/items/{id}"]["put"]["parameters"]["query"]>; body: NonNullable<paths["/items/{id}"]["put"]["requestBody"]>["content"]["application/json"]; };
/** What {@link itemsReplaceV2} resolves with: the body of a successful response. */
export type ItemsReplaceV2Output = paths["/items/{id}"]["put"]["responses"]["2XX"]["content"]["application/json"];
/** The body of an `ApiError` from {@link itemsReplaceV2}, as the spec declares its error responses. */
export type ItemsReplaceV2ErrorBody = unknown;

/**
 * `PUT /items/{id}`
 *
 * Input:
 * - `path.id` (path, required): `string`
 * - `query.id` (query): `string`
 * - `body` (body, required): `application/json`, `object`
 * - `body.name` (body, required): `string`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Parameters by location (`path`, `query`, `header`) and the request `body`.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link ItemsReplaceV2ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function itemsReplaceV2(transport: Transport, input: ItemsReplaceV2Input, options?: CallOptions): Promise<ItemsReplaceV2Output>;

/** The input of {@link itemsRename}. */
export type ItemsRenameInput = paths["/items/{id}/rename"]["post"]["parameters"]["path"] & { body: NonNullable<paths["/items/{id}/rename"]["post"]["requestBody"]>["content"]["application/json"] };
/** What {@link itemsRename} resolves with: the body of a successful response. */
export type ItemsRenameOutput = undefined;
/** The body of an `ApiError` from {@link itemsRename}, as the spec declares its error responses. */
export type ItemsRenameErrorBody = unknown;

/**
 * `POST /items/{id}/rename`
 *
 * Input:
 * - `id` (path, required): `string`
 * - `body` (body, required): `application/json`, `object`
 * - `body.id` (body): `string`. The new id (collides with the path parameter).
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Parameters, and the request body under `body`.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link ItemsRenameErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function itemsRename(transport: Transport, input: ItemsRenameInput, options?: CallOptions): Promise<ItemsRenameOutput>;

/** The input of {@link uploadFile}. */
export type UploadFileInput = NonNullable<paths["/uploads"]["post"]["requestBody"]>["content"]["multipart/form-data"];
/** What {@link uploadFile} resolves with: the body of a successful response. */
export type UploadFileOutput = paths["/uploads"]["post"]["responses"][201]["content"]["application/json"];
/** The body of an `ApiError` from {@link uploadFile}, as the spec declares its error responses. */
export type UploadFileErrorBody = unknown;

/**
 * `POST /uploads`
 *
 * Input:
 * - `file` (body): `string`, `base64`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - The body fields.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link UploadFileErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function uploadFile(transport: Transport, input?: UploadFileInput, options?: CallOptions): Promise<UploadFileOutput>;

/** The input of {@link continue_}. */
export type Continue_Input = Record<string, never>;
/** What {@link continue_} resolves with: the body of a successful response. */
export type Continue_Output = ReadableStream<Uint8Array> | null;
/** The body of an `ApiError` from {@link continue_}, as the spec declares its error responses. */
export type Continue_ErrorBody = unknown;

/**
 * `GET /events`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Nothing: this operation takes no input.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link Continue_ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function continue_(transport: Transport, input?: Continue_Input, options?: CallOptions): Promise<Continue_Output>;

/** The input of {@link apiDefaults_}. */
export type ApiDefaults_Input = Record<string, never>;
/** What {@link apiDefaults_} resolves with: the body of a successful response. */
export type ApiDefaults_Output = undefined;
/** The body of an `ApiError` from {@link apiDefaults_}, as the spec declares its error responses. */
export type ApiDefaults_ErrorBody = unknown;

/**
 * `GET /defaults`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Nothing: this operation takes no input.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link ApiDefaults_ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function apiDefaults_(transport: Transport, input?: ApiDefaults_Input, options?: CallOptions): Promise<ApiDefaults_Output>;

/** One method per operation of the API, each sending its request through the client's transport. */
export interface Client {
  /** `PUT /items/{id}`. See {@link itemsReplaceV2}. */
  itemsReplaceV2(input: ItemsReplaceV2Input, options?: CallOptions): Promise<ItemsReplaceV2Output>;
  /** `POST /items/{id}/rename`. See {@link itemsRename}. */
  itemsRename(input: ItemsRenameInput, options?: CallOptions): Promise<ItemsRenameOutput>;
  /** `POST /uploads`. See {@link uploadFile}. */
  uploadFile(input?: UploadFileInput, options?: CallOptions): Promise<UploadFileOutput>;
  /** `GET /events`. See {@link continue_}. */
  continue_(input?: Continue_Input, options?: CallOptions): Promise<Continue_Output>;
  /** `GET /defaults`. See {@link apiDefaults_}. */
  apiDefaults_(input?: ApiDefaults_Input, options?: CallOptions): Promise<ApiDefaults_Output>;
}

/**
 * Creates a client with one method per operation.
 * @param options - `baseUrl` (required: the spec names no server), `token` (sent as a bearer token), `fetch`, `timeout`, `maxRetries`, `retry`, `validate`, `validateResponses`, `headers`, `middleware` and `logger`.
 */
export declare function createClient(options: ClientOptions & { baseUrl: string }): Client;
