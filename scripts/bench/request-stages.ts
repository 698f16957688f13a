/**
 * What one generated call spends outside fetch, stage by stage: each stage of the transport run
 * alone on the benchmark's request (startJobBuild with validation on), many times over, in
 * microseconds per request. The stages are the runtime's own functions, called as the
 * transport calls them; fetch and the server's answer are not among them.
 */
import { startJobBuildOperation } from "../../generated/validation.gen.js";
import { applyCredentials, chosenSchemes } from "../../src/runtime/auth.js";
import { encodeBody } from "../../src/runtime/body.js";
import { checkInput, checkPathSegments } from "../../src/runtime/check-input.js";
import { mergedHeaders, requestUrl } from "../../src/runtime/direct-fetch.js";
import { apiErrorFor } from "../../src/runtime/errors.js";
import type { Operation } from "../../src/runtime/operation.js";
import { serializePath, serializeQuery } from "../../src/runtime/parameters.js";
import { splitInput } from "../../src/runtime/split-input.js";
import { startTimer } from "../../src/runtime/timer.js";
import { createClient } from "../../src/index.js";
import { median } from "./measure.js";

const operation = startJobBuildOperation as Operation;
const responseText = JSON.stringify({ data: { id: "joyous-view-6290", status: "PENDING", concluded: false } });
const errorText = JSON.stringify({ error: { status: 404, id: "not-found", message: "Job not found" } });
const baseUrl = "http://127.0.0.1:8080";

/** Microseconds per call of each stage; `input` is the benchmark's request. */
export function requestStages(input: object, rounds: number): Record<string, number> {
  const parts = splitInput(operation, input);
  const notFound = new Response(null, { status: 404, statusText: "Not Found" });
  const stages: Record<string, () => unknown> = {
    "split the input into path, query, header, cookie and body": () => splitInput(operation, input),
    "validate the input against the operation's schema": () => [...checkPathSegments(operation, parts), ...checkInput(operation, operation.schema!, parts, operation.mediaType)],
    "build the URL (path parameters, query)": () => requestUrl(baseUrl, operation.path, (url) => serializePath(url, parts.params.path ?? {}), serializeQuery(parts.params.query ?? {})),
    "build the headers (defaults, credentials, merge)": () => {
      const headers: Record<string, string> = { "Content-Type": "application/json", "User-Agent": "northflank-build-kit/0.1.0" };
      const names = chosenSchemes(operation.security, { bearerAuth: "t" });
      if (names) applyCredentials(names, { bearerAuth: { type: "bearer" } }, { bearerAuth: "t" }, { headers, query: [], cookies: [] });
      return mergedHeaders(headers);
    },
    "serialize the body (JSON)": () => encodeBody(parts.body, operation.mediaType),
    "arm and clear the time limit (AbortController, timer)": () => {
      const controller = new AbortController();
      const cancel = startTimer(60_000, () => controller.abort());
      cancel();
      return controller.signal;
    },
    "parse the response (JSON)": () => JSON.parse(responseText),
    "map an error answer to its typed error (404)": () => {
      const body = JSON.parse(errorText);
      return new (apiErrorFor(404))({ method: "POST", path: operation.path }, notFound, body);
    },
  };
  const perCall: Record<string, number[]> = Object.fromEntries(Object.keys(stages).map((name) => [name, []]));
  const calls = 20_000;
  for (const stage of Object.values(stages)) for (let i = 0; i < 2_000; i++) stage(); // warm up
  for (let round = 0; round < rounds; round++) {
    for (const [name, stage] of Object.entries(stages)) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) stage();
      perCall[name]!.push(((performance.now() - started) * 1000) / calls);
    }
  }
  return Object.fromEntries(Object.entries(perCall).map(([name, times]) => [name, median(times)]));
}

/**
 * The whole generated call against a fetch that answers at once (a response object made
 * once, its text already there), validation on, with and without the time limit: what the
 * call costs with no network, no server and no undici. Microseconds per call.
 */
export async function wholeCallWithoutNetwork(input: object, rounds: number): Promise<{ limited: number; unlimited: number }> {
  const answer = { ok: true, status: 200, statusText: "OK", headers: new Headers({ "Content-Type": "application/json" }), text: () => Promise.resolve(responseText) };
  const realFetch = globalThis.fetch;
  // The transport takes fetch as it is when the client is made.
  globalThis.fetch = (() => Promise.resolve(answer)) as unknown as typeof fetch;
  const clients = { limited: createClient({ baseUrl, token: "t", validate: true }), unlimited: createClient({ baseUrl, token: "t", validate: true, timeout: 0 }) };
  globalThis.fetch = realFetch;
  const perCall: Record<keyof typeof clients, number[]> = { limited: [], unlimited: [] };
  const calls = 20_000;
  for (const client of Object.values(clients)) for (let i = 0; i < 2_000; i++) await client.startJobBuild(input as never); // warm up
  for (let round = 0; round < rounds; round++) {
    for (const name of ["limited", "unlimited"] as const) {
      const started = performance.now();
      for (let i = 0; i < calls; i++) await clients[name].startJobBuild(input as never);
      perCall[name].push(((performance.now() - started) * 1000) / calls);
    }
  }
  return { limited: median(perCall.limited), unlimited: median(perCall.unlimited) };
}
