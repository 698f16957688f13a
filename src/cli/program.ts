import type { CallOptions, ClientOptions, InputSchema } from "../runtime/index.js";

/** A generated CLI: the program and its commands, as plain data plus one call per command. */
export interface Program<C> {
  /** What users type: `nfbuild`. */
  name: string;
  version: string;
  /** The API's title, for `--help`. */
  title: string;
  /** `<envPrefix>_TOKEN` and `<envPrefix>_URL` configure the client. */
  envPrefix: string;
  defaultBaseUrl: string | undefined;
  createClient: (options: ClientOptions & { baseUrl: string }) => C;
  commands: Command<C>[];
}

export interface Command<C> {
  name: string;
  aliases: string[];
  summary?: string;
  description?: string;
  permission?: string;
  deprecated: boolean;
  hasBody: boolean;
  flags: Flag[];
  examples: { title: string; argv: string[] }[];
  summaryTemplate?: string;
  /** What the client checks; the CLI uses it to cut secrets from `--dry-run`. */
  inputSchema: InputSchema;
  call: (client: C, input: Record<string, unknown>, options: CallOptions) => Promise<unknown>;
}

interface FlagBase {
  flag: string;
  target: string[];
  required: boolean;
  description?: string;
  constraints: string[];
}

export type Flag =
  | (FlagBase & { kind: "value"; type: "string" | "number" | "integer" | "boolean" })
  | (FlagBase & { kind: "map" })
  | (FlagBase & { kind: "fileMap"; contentField: string; encodingField?: string });

/** Exit codes, as `--help` and README.md document them. */
export const Exit = {
  ok: 0,
  /** The API answered with an error status. */
  api: 1,
  /** A bad flag or input; nothing was sent. */
  usage: 2,
  /** No response: network failure or timeout. */
  network: 3,
  /** A bug in the CLI itself. */
  internal: 70,
} as const;

/** A failure the CLI reports as one line and an exit code. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
