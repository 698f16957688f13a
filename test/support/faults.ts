import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SeenRequest } from "./servers.js";

/** What the fault server does with one request. */
export type Fault =
  | { status: number; headers?: Record<string, string>; body?: string | object }
  /** Drop the connection as soon as the headers are in, before reading the body. */
  | { reset: "before-body" }
  /** Read the whole request, then drop the connection without answering. */
  | { reset: "after-body" }
  /** Answer `then`, but only after `ms`. */
  | { delay: number; then: Fault };

/**
 * An HTTP server on 127.0.0.1 that plays a script: request n gets fault n (the last one
 * repeats). `script()` sets a new one and forgets the requests seen so far.
 */
export async function startFaultServer() {
  let faults: Fault[] = [{ status: 200, body: {} }];
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const seen: SeenRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: "" };
    requests.push(seen);
    const fault = faults[Math.min(requests.length - 1, faults.length - 1)]!;
    if ("reset" in fault && fault.reset === "before-body") return void req.socket.destroy();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.body = Buffer.concat(chunks).toString("utf8");
      play(fault, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    script(...next: Fault[]) {
      faults = next;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function play(fault: Fault, request: IncomingMessage, response: ServerResponse): void {
  if ("delay" in fault) {
    const timer = setTimeout(() => play(fault.then, request, response), fault.delay);
    response.on("close", () => clearTimeout(timer));
    return;
  }
  if ("reset" in fault) return void request.socket.destroy();
  const body = fault.body === undefined ? "" : typeof fault.body === "string" ? fault.body : JSON.stringify(fault.body);
  const type = typeof fault.body === "object" ? { "Content-Type": "application/json" } : {};
  response.writeHead(fault.status, { ...type, ...fault.headers });
  response.end(body);
}
