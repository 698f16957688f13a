import { redactSensitive, redactStrings } from "../runtime/redact.js";
import { showHeaders } from "../runtime/log.js";
import type { CallOptions, ClientOptions } from "../runtime/index.js";
import { clientFor, type Command, type Program } from "./program.js";

/**
 * The exact request the command would send (the client builds it, a fetch that sends
 * nothing catches it), with the token and every sensitive field cut out.
 */
export async function dryRun<C>(program: Program<C>, command: Command<C>, input: Record<string, unknown>, options: CallOptions & Pick<ClientOptions, "token" | "auth"> & { baseUrl: string | undefined }, output: "human" | "json"): Promise<string> {
  let caught: Request | undefined;
  const client = clientFor(program, {
    baseUrl: options.baseUrl,
    token: options.token,
    auth: options.auth,
    maxRetries: 0,
    fetch: async (request) => {
      caught = request;
      throw new Error("dry run: not sent");
    },
  });
  try {
    await command.call(client, input as never, { validate: options.validate });
  } catch (error) {
    // Validation refused the input (or the request could not be built): report it as usual.
    if (!caught) throw error;
  }
  const request = caught!;
  const secrets = options.token ? [options.token] : [];
  const text = request.body ? await request.text() : undefined;
  const body = text === undefined ? undefined : redactStrings(redactSensitive(command.inputSchema.body, parseJson(text)), secrets);
  const headers = showHeaders(request.headers);
  if (output === "json") return JSON.stringify({ method: request.method, url: request.url, headers, body: body ?? null }, null, 2);
  const lines = [`${request.method} ${request.url}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
  if (body !== undefined) lines.push("", typeof body === "string" ? body : JSON.stringify(body, null, 2));
  return lines.join("\n");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
