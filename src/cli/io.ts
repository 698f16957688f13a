/** What the CLI touches outside itself, so tests and the bin can differ only here. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of stdin, as text. */
  readStdin: () => string;
  /** Asks for a secret on the terminal without echoing it; undefined when stdin is not a terminal. */
  promptSecret?: (question: string) => Promise<string>;
  env: NodeJS.ProcessEnv;
}
