import type { CallOptions, ClientOptions, InputSchema } from "../runtime/types.js";

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
  /** How each of the spec's security schemes is given; bearer schemes share `--token`. */
  auth?: AuthOption[];
}

/** A security scheme as the CLI takes its credential: a flag, an environment variable, the config file's `auth`. */
export interface AuthOption {
  /** The scheme's name in the spec (the key in the client's `auth`, and in the config file's). */
  scheme: string;
  kind: "bearer" | "basic" | "key";
  /** Without dashes: `api-key`; `token` for bearer schemes. */
  flag: string;
  /** `<envPrefix>_API_KEY`; `<envPrefix>_TOKEN` for bearer schemes. */
  env: string;
  /** What the spec calls it (`apiKey in header X-API-Key`), for help. */
  description: string;
}

export interface Command<C> {
  /** kebab-case of the operation's name: `start-job-build`. */
  name: string;
  /** More names, possibly of several words (`start job build`), from `x-cli-command`. */
  aliases: string[];
  summary?: string;
  description?: string;
  permission?: string;
  deprecated: boolean;
  /** Whether the request has a JSON body that `--body` can give. */
  hasBody: boolean;
  /** How `--body` is read when the body is not a document: `text` as it is, `file` as `@path`'s bytes. */
  bodyKind?: "text" | "file";
  /** The body goes under the input's `body` key (a grouped input, or a body that is not an object of fields), not beside the parameters. */
  bodyInProperty?: boolean;
  flags: Flag[];
  /** Example command lines (argv after the program name), from the spec's examples. */
  examples: { title: string; argv: string[] }[];
  /** `x-cli-summary`: how a success prints by default, such as "Build {data.id}: {data.status}". */
  summaryTemplate?: string;
  /** The operation's `security`: alternatives of scheme names; `[]` public; absent when the spec declares none. */
  security?: string[][];
  /** What the client checks; the CLI uses it to find the secrets it cuts from every output. */
  inputSchema: InputSchema;
  /**
   * Calls the client's method. Its input is the operation's own type, which only the generated
   * command names (hence `never` here): the engine passes what it built from the flags, and the
   * client checks that against the spec before anything is sent.
   */
  call: (client: C, input: never, options: CallOptions) => Promise<unknown>;
}

interface FlagBase {
  /** Without dashes: `project-id`. */
  flag: string;
  /** Where the value goes in the client's input object. */
  target: string[];
  required: boolean;
  description?: string;
  /** Rules as printed in help: `string`, `length 40`, `pattern ^/`. */
  constraints: string[];
}

export type Flag =
  /** One scalar value: a parameter or a body field. */
  | (FlagBase & { kind: "value"; type: "string" | "number" | "integer" | "boolean" })
  /** An array of scalars, repeatable: `--id 1 --id 2`. */
  | (FlagBase & { kind: "list"; type: "string" | "number" | "integer" | "boolean" })
  /** A structured value (an object or array no other kind fits), given as JSON or YAML text. */
  | (FlagBase & { kind: "json" })
  /** A file, given as `@path`: sent as its bytes (a multipart file part, an octet-stream body). */
  | (FlagBase & { kind: "file" })
  /** A map of strings, repeatable: `--build-arg KEY=VALUE`. */
  | (FlagBase & { kind: "map" })
  /** A map of file objects, repeatable: `--build-file /abs/path=@local-file`; the file goes base64 into `contentField`. */
  | (FlagBase & { kind: "fileMap"; contentField: string; encodingField?: string });

/** Exit codes, as `--help` and README.md document them. */
export const Exit = {
  ok: 0,
  /** The API refused the request with an error status (a gateway's 502 or 504 aside: see `uncertain`). */
  api: 1,
  /** A bad flag, input or config file; nothing was sent. */
  usage: 2,
  /** No answer, and running it again is safe: no connection could be made, or the method changes nothing (a GET). */
  network: 3,
  /** A local file could not be read or written: the config file or its folder, or stdin. */
  io: 4,
  /**
   * The request may have been carried out, or was: the API accepted it (2xx) but its answer
   * could not be handled, the connection dropped after sending, the time limit passed, or a
   * gateway answered 502 or 504. Running it again may do it twice.
   */
  uncertain: 5,
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

/**
 * The program's client, or a usage error: createClient refuses an option it cannot use (a
 * credential no header can carry) with a TypeError that names the option, never its value.
 */
export function clientFor<C>(program: Program<C>, options: ClientOptions): C {
  try {
    // No base URL only where the spec names a server (resolveBaseUrl): that createClient takes none.
    return program.createClient(options as ClientOptions & { baseUrl: string });
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith("createClient:")) throw new CliError(error.message, Exit.usage);
    throw error;
  }
}
