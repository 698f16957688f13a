/**
 * The consumer script every runtime runs, against a test server answering with
 * `answerConsumer`: a success, a typed API error, a validation error; it prints what it
 * saw as JSON, which must equal `expectedResults`.
 */
import type { ServerResponse } from "node:http";
import { sendJson, type SeenRequest } from "./servers.js";

export const consumerScript = (baseUrl: string) => `
import { createClient, isApiError, NotFoundError, ValidationError } from "northflank-build-kit";
const client = createClient({ baseUrl: ${JSON.stringify(baseUrl)}, token: "consumer-token", maxRetries: 0 });
const results = {};
results.success = (await client.startJobBuild({ projectId: "p", jobId: "j" })).data.id;
try { await client.startJobBuild({ projectId: "p", jobId: "missing" }); } catch (error) {
  results.apiError = { notFound: error instanceof NotFoundError, guard: isApiError(error), status: error.status, id: error.id };
}
try { await client.startJobBuild({ projectId: "p", jobId: "j", sha: "abc" }); } catch (error) {
  results.validation = { instance: error instanceof ValidationError, path: error.violations[0].path };
}
console.log(JSON.stringify(results));
`;
export const expectedResults = { success: "joyous-view-6290", apiError: { notFound: true, guard: true, status: 404, id: "nf-err-7" }, validation: { instance: true, path: "sha" } };

/** The build the server answers with; `expectedResults.success` is its id. */
export const consumerBuild = { data: { id: "joyous-view-6290", status: "PENDING", concluded: false } };

/** The API the consumer script expects: the build for job j, a typed 404 for anything else. */
export function answerConsumer(request: SeenRequest, response: ServerResponse): void {
  if (request.method === "POST" && request.url === "/v1/projects/p/jobs/j/build") return sendJson(response, 200, consumerBuild);
  sendJson(response, 404, { error: { status: 404, message: "job not found", id: "nf-err-7" } });
}
