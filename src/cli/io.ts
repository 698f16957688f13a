/** What the CLI touches outside itself, so tests and the bin can differ only here. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of stdin, as text. */
  readStdin: () => string;
  /** Asks for a secret on the terminal without echoing it; undefined when stdin is not a terminal. */
  promptSecret?: (question: string) => Promise<string>;
  // Not NodeJS.ProcessEnv: the declarations stay free of @types/node for consumers that lack it.
  env: Record<string, string | undefined>;
}
