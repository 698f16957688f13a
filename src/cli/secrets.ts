import { credentialTexts, type Credentials } from "../runtime/auth.js";
import { redactSensitive, redactStrings, redactText, secretForms, secretList, textForms } from "../runtime/redact.js";
import type { InputSchema, Schema } from "../runtime/schema.js";
import type { CliIo } from "./io.js";

/**
 * Every string no output of this run may show: the token and each sensitive input value
 * (`x-sensitive` in the spec), in every form a server or a message may echo them. It grows
 * as the run learns them; what is printed is cut against it at the moment it is printed.
 */
export class Secrets {
  #forms: string[] = [];
  #list: string[] | undefined;

  addToken(token: string | undefined): void {
    if (token) this.#add(textForms(token));
  }

  /** Credentials of other schemes: each value, and for HTTP basic the password and the encoded pair too. */
  addCredentials(credentials: Credentials): void {
    this.#add(credentialTexts(credentials).flatMap(textForms));
  }

  /**
   * The sensitive values of a command's input. A flat input holds parameters and body fields
   * side by side, a grouped one has them under `path`, `query`, `header` and `body`: both
   * places are searched, as a value found twice costs nothing and one missed would leak.
   */
  addInput(schema: InputSchema, input: Record<string, unknown>): void {
    const found: string[] = [];
    const collect = (value: unknown, where: Schema) => void found.push(...secretForms(value, where));
    const groups = Object.entries(schema.params ?? {}).map(([location, group]) => [location, { properties: group!.properties }] as const);
    for (const [location, params] of groups) {
      redactSensitive(params, input, collect);
      redactSensitive(params, input[location], collect);
    }
    redactSensitive(schema.body, input, collect);
    redactSensitive(schema.body, input.body, collect);
    this.#add(found);
  }

  /** Distinct, longest first (so no part of a secret is left showing). */
  get list(): readonly string[] {
    return (this.#list ??= secretList(this.#forms));
  }

  /** A copy of a value (a response body, a dry run) with the secrets cut from its strings and keys. */
  cutFrom<T>(value: T): T {
    return redactStrings(value, this.list) as T;
  }

  #add(forms: readonly string[]): void {
    this.#forms.push(...forms);
    this.#list = undefined;
  }
}

/** `io` whose stdout and stderr cut every secret known when the text is written: the last guard on every output. */
export function redactingIo(io: CliIo, secrets: Secrets): CliIo {
  return { ...io, stdout: (text) => io.stdout(redactText(text, secrets.list)), stderr: (text) => io.stderr(redactText(text, secrets.list)) };
}
