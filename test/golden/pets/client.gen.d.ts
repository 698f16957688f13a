// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { ApiDefaults, CallOptions, ClientOptions, Transport } from "../../../src/runtime/types.js";
import type { components, paths } from "./schema.js";

/** The spec's first server, and the User-Agent: what `createClient` uses unless told otherwise. */
export declare const apiDefaults: ApiDefaults;

/** The input of {@link listPets2}. */
export type ListPets2Input = NonNullable<paths["/pets"]["get"]["parameters"]["query"]> & NonNullable<paths["/pets"]["get"]["parameters"]["header"]>;
/** What {@link listPets2} resolves with: the body of a successful response. */
export type ListPets2Output = paths["/pets"]["get"]["responses"][200]["content"]["application/json"];
/** The body of an `ApiError` from {@link listPets2}, as the spec declares its error responses. */
export type ListPets2ErrorBody = components["schemas"]["Error"];

/**
 * List pets
 *
 * `GET /pets`
 *
 * Input:
 * - `limit` (query): `integer`, `>= 1`, `<= 100`, `default 20`. How many pets to return.
 * - `X-Request-Id` (header, required): `string (uuid)`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - The parameters.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link ListPets2ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function listPets2(transport: Transport, input: ListPets2Input, options?: CallOptions): Promise<ListPets2Output>;

/** The input of {@link listPets}. */
export type ListPetsInput = { body: NonNullable<paths["/pets"]["post"]["requestBody"]>["content"]["application/json"] };
/** What {@link listPets} resolves with: the body of a successful response. */
export type ListPetsOutput = undefined;
/** The body of an `ApiError` from {@link listPets}, as the spec declares its error responses. */
export type ListPetsErrorBody = unknown;

/**
 * Add pets in bulk (named to collide with list-pets)
 *
 * `POST /pets`
 *
 * Input:
 * - `body` (body, required): `application/json`, `array of object`
 * - `body.[].id` (body, required): `integer`, `read-only`
 * - `body.[].name` (body, required): `string`, `length >= 1`
 * - `body.[].tag` (body): `string`, `one of "cat", "dog"`
 * - `body.[].parent` (body): `object`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - The request body under `body`.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link ListPetsErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function listPets(transport: Transport, input: ListPetsInput, options?: CallOptions): Promise<ListPetsOutput>;

/** The input of {@link delete_}. */
export type Delete_Input = paths["/pets/{pet-id}"]["delete"]["parameters"]["path"];
/** What {@link delete_} resolves with: the body of a successful response. */
export type Delete_Output = undefined;
/** The body of an `ApiError` from {@link delete_}, as the spec declares its error responses. */
export type Delete_ErrorBody = unknown;

/**
 * Delete a pet
 *
 * `DELETE /pets/{pet-id}`
 *
 * Input:
 * - `pet-id` (path, required): `string`, `pattern ^[a-z0-9-]+$`. The pet's id.
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - The parameters.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link Delete_ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 * @deprecated
 */
export declare function delete_(transport: Transport, input: Delete_Input, options?: CallOptions): Promise<Delete_Output>;

/** The input of {@link patchPetsByPetId}. */
export type PatchPetsByPetIdInput = paths["/pets/{pet-id}"]["patch"]["parameters"]["path"] & NonNullable<paths["/pets/{pet-id}"]["patch"]["requestBody"]>["content"]["application/json"];
/** What {@link patchPetsByPetId} resolves with: the body of a successful response. */
export type PatchPetsByPetIdOutput = paths["/pets/{pet-id}"]["patch"]["responses"][200]["content"]["application/json"] | undefined;
/** The body of an `ApiError` from {@link patchPetsByPetId}, as the spec declares its error responses. */
export type PatchPetsByPetIdErrorBody = unknown;

/**
 * Rename a pet (no operationId)
 *
 * `PATCH /pets/{pet-id}`
 *
 * Input:
 * - `pet-id` (path, required): `string`, `pattern ^[a-z0-9-]+$`. The pet's id.
 * - `name` (body): `string | null`, `length <= 50`. The new name; a comment closer *\/ must not end the doc comment.
 * - `notify` (body): `boolean`, `default false`. A field with a default is optional to send.
 * - `photo` (body): `string (binary)`. A file in a JSON body, a slip some specs make; JSON cannot carry the bytes.
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Parameters and body fields, side by side.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link PatchPetsByPetIdErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function patchPetsByPetId(transport: Transport, input: PatchPetsByPetIdInput, options?: CallOptions): Promise<PatchPetsByPetIdOutput>;

/** The input of {@link date}. */
export type DateInput = paths["/pets/{pet-id}/photo"]["get"]["parameters"]["path"];
/** What {@link date} resolves with: the body of a successful response. */
export type DateOutput = Blob;
/** The body of an `ApiError` from {@link date}, as the spec declares its error responses. */
export type DateErrorBody = unknown;

/**
 * Download a photo (operationId is a global's name)
 *
 * `GET /pets/{pet-id}/photo`
 *
 * Input:
 * - `pet-id` (path, required): `string`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - The parameters.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link DateErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function date(transport: Transport, input: DateInput, options?: CallOptions): Promise<DateOutput>;

/** The input of {@link import_}. */
export type Import_Input = Record<string, never>;
/** What {@link import_} resolves with: the body of a successful response. */
export type Import_Output = string;
/** The body of an `ApiError` from {@link import_}, as the spec declares its error responses. */
export type Import_ErrorBody = unknown;

/**
 * Health check (operationId is a reserved word)
 *
 * `GET /health`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Nothing: this operation takes no input.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link Import_ErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function import_(transport: Transport, input?: Import_Input, options?: CallOptions): Promise<Import_Output>;

/** The input of {@link traceHealth}. */
export type TraceHealthInput = Record<string, never>;
/** What {@link traceHealth} resolves with: the body of a successful response. */
export type TraceHealthOutput = Blob;
/** The body of an `ApiError` from {@link traceHealth}, as the spec declares its error responses. */
export type TraceHealthErrorBody = unknown;

/**
 * Echo the request (TRACE, a method fetch refuses to send)
 *
 * `TRACE /health`
 * @param transport - Sends the request; `createClient` passes its own.
 * @param input - Nothing: this operation takes no input.
 * @param options - Signal, headers, timeout, retries and validation for this call.
 * @throws {ValidationError} When the input breaks the spec; nothing is sent.
 * @throws {ApiError} When the server answers outside 2xx (a subclass per status: `NotFoundError`, `RateLimitError`, ...); its body is a {@link TraceHealthErrorBody}.
 * @throws {NetworkError} {TimeoutError} When no response arrives, after any retries.
 */
export declare function traceHealth(transport: Transport, input?: TraceHealthInput, options?: CallOptions): Promise<TraceHealthOutput>;

/** One method per operation of the API, each sending its request through the client's transport. */
export interface Client {
  /** List pets. See {@link listPets2}. */
  listPets2(input: ListPets2Input, options?: CallOptions): Promise<ListPets2Output>;
  /** Add pets in bulk (named to collide with list-pets). See {@link listPets}. */
  listPets(input: ListPetsInput, options?: CallOptions): Promise<ListPetsOutput>;
  /**
   * Delete a pet. See {@link delete_}.
   * @deprecated
   */
  delete_(input: Delete_Input, options?: CallOptions): Promise<Delete_Output>;
  /** Rename a pet (no operationId). See {@link patchPetsByPetId}. */
  patchPetsByPetId(input: PatchPetsByPetIdInput, options?: CallOptions): Promise<PatchPetsByPetIdOutput>;
  /** Download a photo (operationId is a global's name). See {@link date}. */
  date(input: DateInput, options?: CallOptions): Promise<DateOutput>;
  /** Health check (operationId is a reserved word). See {@link import_}. */
  import_(input?: Import_Input, options?: CallOptions): Promise<Import_Output>;
  /** Echo the request (TRACE, a method fetch refuses to send). See {@link traceHealth}. */
  traceHealth(input?: TraceHealthInput, options?: CallOptions): Promise<TraceHealthOutput>;
}

/**
 * Creates a client with one method per operation.
 * @param options - `baseUrl` (default `https://eu.pets.example.test/v1`), `token` (sent as a bearer token), `fetch`, `timeout`, `maxRetries`, `retry`, `validate`, `validateResponses`, `headers`, `middleware` and `logger`.
 */
export declare function createClient(options?: ClientOptions): Client;
