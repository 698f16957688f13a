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

/**
 * Output that cannot drive the terminal: a server's message or body may hold escape sequences
 * (colours, clearing the screen, a forged prompt, a link) or a carriage return that overwrites
 * the line. Control characters are written as `\u001b`; line breaks (CRLF too) and tabs stay.
 */
export function inertIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(inert(text)), stderr: (text) => io.stderr(inert(text)) };
}

function inert(text: string): string {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
