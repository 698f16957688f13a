import { createServer } from "node:http";
import createFetchClient from "openapi-fetch";
import { createClient } from "./src/index.ts";
const body = JSON.stringify({ data: { id: "x", status: "PENDING" } });
const server = createServer((req, res) => { req.resume(); req.on("end", () => res.writeHead(200, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) }).end(body)); });
await new Promise<void>((d) => server.listen(0, "127.0.0.1", d));
const baseUrl = `http://127.0.0.1:${(server.address() as any).port}`;
const input = { projectId: "p", jobId: "j", sha: "262ed9817b3cad5142fbceabe0c9e371e390d616", overrides: { buildArguments: { A: "1" }, docker: { dockerFilePath: "/Dockerfile" } } };
const { projectId, jobId, ...json } = input;
const ours = createClient({ baseUrl, token: "t" });
const plain = createFetchClient<any>({ baseUrl, headers: { Authorization: "Bearer t" } });
const clients: Record<string, () => Promise<unknown>> = { ours: () => ours.startJobBuild(input), ofetch: () => plain.POST("/v1/projects/{projectId}/jobs/{jobId}/build", { params: { path: { projectId, jobId } }, body: json }) };
const rates: Record<string, number[]> = { ours: [], ofetch: [] };
for (let r = 0; r < 5; r++) for (const name of r % 2 ? ["ours", "ofetch"] : ["ofetch", "ours"]) {
  let sent = 0; const t = performance.now();
  await Promise.all(Array.from({ length: 8 }, async () => { while (sent < 2000) { sent++; await clients[name]!(); } }));
  rates[name]!.push(2000 / ((performance.now() - t) / 1000));
}
const med = (x: number[]) => x.sort((a, b) => a - b)[2]!;
console.log("ours", Math.round(med(rates.ours!)), "openapi-fetch", Math.round(med(rates.ofetch!)), "ratio", (med(rates.ours!) / med(rates.ofetch!)).toFixed(2));
server.close();
