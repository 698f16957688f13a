/**
 * Prism behind a recorder on 127.0.0.1: every request is kept as it arrived (target, headers,
 * body bytes) beside Prism's verdict on it, then answered as Prism answers. Prism dies on some
 * valid requests (an array header it cannot split): that is recorded as its verdict, and it is
 * started again for the next request.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { startPrism } from "./servers.js";
import { httpMethods, type OpenApiDocument } from "../../src/generator/spec/document.js";
import type { SeenRequest } from "./wire-oracle.js";

export interface Exchange {
  request: SeenRequest;
  verdict: Verdict;
}

/** What Prism made of a request. */
export type Verdict =
  | { kind: "accepted"; status: number }
  /** Prism refused it: its violations (`sl-violations`), or the problem it answered with (no route, no credentials). */
  | { kind: "rejected"; status: number; reasons: string[] }
  | { kind: "crashed"; reason: string };

/** Prism's own answers that refuse a request; others (it could not make up a response) are about the spec's responses. */
const refusals = new Set(["UNPROCESSABLE_ENTITY", "UNAUTHORIZED", "NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED_ERROR", "INVALID_CONTENT_TYPE", "NOT_ACCEPTABLE", "NO_SERVER_MATCHED_ERROR"]);

/**
 * The spec as Prism needs it to judge requests: every response body cut to `{}` (statuses and
 * media types kept). Prism compiles each operation's response schemas on its first request to
 * it, to mock and check its own answer; on Discord's spec that was nine tenths of its time,
 * and the answer is not what the sweep tests.
 */
export function forJudgingRequests(document: OpenApiDocument): OpenApiDocument {
  const trim = (responses: Record<string, unknown> | undefined) =>
    responses && Object.fromEntries(Object.entries(responses).map(([code, response]) => [code, trimmed(response)]));
  const trimmed = (response: unknown) => {
    if (response === null || typeof response !== "object" || "$ref" in response) return response;
    const { content, description } = response as { content?: Record<string, unknown>; description?: string };
    return { description: description ?? "", ...(content ? { content: Object.fromEntries(Object.keys(content).map((type) => [type, { schema: {} }])) } : {}) };
  };
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(Object.entries(item ?? {}).map(([key, value]) => [key, httpMethods.includes(key as never) ? { ...(value as object), responses: trim((value as { responses?: Record<string, unknown> }).responses) } : value])),
    ]),
  );
  const components = document.components as { responses?: Record<string, unknown> } | undefined;
  return { ...document, paths, ...(components ? { components: { ...components, responses: trim(components.responses) } } : {}) } as OpenApiDocument;
}

export async function startRecordedPrism(spec: string) {
  let prism = await startPrism(spec);
  const exchanges: Exchange[] = [];
  let restarting: Promise<void> | undefined;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      await restarting;
      const seen: SeenRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) };
      const exchange: Exchange = { request: seen, verdict: { kind: "crashed", reason: "" } };
      exchanges.push(exchange);
      try {
        const answer = await forward(prism.baseUrl, seen);
        exchange.verdict = verdictOf(answer);
        res.writeHead(answer.status, { "content-type": answer.headers["content-type"] ?? "application/json" }).end(answer.body);
      } catch (error) {
        const said = prism.lastOutput().split("\n").find((line) => /Error|error:/.test(line) && !/^\s+at /.test(line));
        const what = !prism.running() ? `Prism died (${said?.trim() ?? "no message"})` : `Prism's answer could not be read (${(error as Error).message})`;
        exchange.verdict = { kind: "crashed", reason: what };
        res.writeHead(502, { "content-type": "text/plain" }).end("Prism failed");
        if (!prism.running()) restarting = startPrism(spec).then((started) => void (prism = started));
      }
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    exchanges,
    async stop() {
      await restarting?.catch(() => undefined);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await prism.stop();
    },
  };
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(baseUrl: string, seen: SeenRequest): Promise<Answer> {
  return new Promise((done, fail) => {
    const outgoing = httpRequest(`${baseUrl}${seen.url}`, { method: seen.method, headers: { ...seen.headers, host: new URL(baseUrl).host } }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => done({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }));
      answer.on("error", fail);
    });
    outgoing.on("error", fail);
    outgoing.end(seen.body);
  });
}

interface Violation {
  severity: string;
  location: string[];
  message: string;
}

/**
 * Prism's violations are in its `sl-violations` header (in its problem body's `validation`
 * too, when it makes the answer up); they cover the response it mocked as well as the
 * request: only the request's errors count against the request.
 */
function verdictOf({ status, headers, body }: Answer): Verdict {
  const problem = String(headers["content-type"]).startsWith("application/problem+json") ? (parseJson(body.toString("utf8")) as { type?: string; detail?: string; title?: string; validation?: Violation[] }) : undefined;
  const header = headers["sl-violations"] === undefined ? undefined : String(headers["sl-violations"]);
  // With many violations the header starts "Too many violations!" and lists the first of them, cut short at a length.
  // The problem body's own list is of the request alone, located without the "request" the header's has.
  const listed = header === undefined ? (problem?.validation ?? []).map((v) => ({ ...v, location: ["request", ...v.location] })) : parseJson(header.replace(/^Too many violations!\s*/, ""));
  const cutShort = [{ severity: "Error", location: header?.includes('"location":["request"') ? ["request"] : ["response"], message: header ?? "" }];
  const violations = (Array.isArray(listed) ? listed : cutShort) as Violation[];
  const errors = violations.filter((v) => v.severity === "Error" && v.location[0] === "request");
  if (errors.length > 0) return { kind: "rejected", status, reasons: errors.map((v) => `${v.location.join(".")}: ${v.message}`) };
  const type = problem?.type?.split("#")[1];
  if (type !== undefined && refusals.has(type)) return { kind: "rejected", status, reasons: [`${type}: ${problem?.detail ?? problem?.title ?? ""}`] };
  return { kind: "accepted", status };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
