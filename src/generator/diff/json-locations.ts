/**
 * Where JSON pointers are written in a JSON text, found in one pass that descends only along
 * the pointers asked for and skips every other value unparsed. A YAML parser builds a node
 * for every value of a 13 MB spec (over a second); this takes a tenth of that.
 */

/** `line:col` (1-based) of each pointer (`#/paths/~1pets/get`) that the text has; the value's first character. */
export function jsonLocations(text: string, pointers: Iterable<string>): Map<string, string> {
  const root: Trie = new Map();
  for (const pointer of pointers) {
    let node = root;
    for (const segment of segments(pointer)) node = node.get(segment) ?? node.set(segment, new Map()).get(segment)!;
    node.set(end, new Map());
  }
  const offsets = new Map<string, number>();
  const scanner = new Scanner(text);
  scanner.value(root, "#", offsets);
  const lines = lineStarts(text);
  const found = new Map<string, string>();
  for (const [pointer, offset] of offsets) {
    const line = upperBound(lines, offset);
    found.set(pointer, `${line}:${offset - lines[line - 1]! + 1}`);
  }
  return found;
}

type Trie = Map<string, Trie>;
/** Marks a trie node whose pointer was asked for itself. */
const end = "\u0000";

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  /** Reads the value at `at`: into it where `wanted` asks, over it otherwise. */
  value(wanted: Trie | undefined, pointer: string, offsets: Map<string, number>): void {
    this.space();
    if (wanted?.has(end)) offsets.set(pointer, this.at);
    const c = this.text[this.at];
    if (wanted === undefined || wanted.size === 0 || (wanted.size === 1 && wanted.has(end))) return this.skip();
    if (c === "{") {
      this.at++;
      for (this.space(); this.text[this.at] !== "}"; this.space()) {
        const key = this.string();
        this.space();
        this.at++; // ':'
        this.value(wanted.get(key), `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, offsets);
        this.space();
        if (this.text[this.at] === ",") this.at++;
      }
      this.at++;
    } else if (c === "[") {
      this.at++;
      this.space();
      for (let index = 0; this.text[this.at] !== "]"; index++, this.space()) {
        this.value(wanted.get(String(index)), `${pointer}/${index}`, offsets);
        this.space();
        if (this.text[this.at] === ",") this.at++;
      }
      this.at++;
    } else this.skip();
  }

  /** Past one value, without reading it. */
  private skip(): void {
    const { text } = this;
    const c = text[this.at];
    if (c === '"') return void this.stringEnd();
    if (c !== "{" && c !== "[") {
      while (this.at < text.length && !",}] \n\r\t".includes(text[this.at]!)) this.at++;
      return;
    }
    let depth = 0;
    for (; this.at < text.length; this.at++) {
      const ch = text[this.at];
      if (ch === '"') {
        this.stringEnd();
        this.at--;
      } else if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") {
        if (--depth === 0) {
          this.at++;
          return;
        }
      }
    }
  }

  private string(): string {
    const start = this.at;
    this.stringEnd();
    return JSON.parse(this.text.slice(start, this.at)) as string;
  }

  /** From an opening quote to just past its closing one. */
  private stringEnd(): void {
    const { text } = this;
    for (this.at++; this.at < text.length; this.at++) {
      const ch = text[this.at];
      if (ch === "\\") this.at++;
      else if (ch === '"') {
        this.at++;
        return;
      }
    }
  }

  private space(): void {
    while (" \n\r\t".includes(this.text[this.at] ?? "x")) this.at++;
  }
}

/** RFC 6901 segments of `#/a/b~1c`. */
function segments(pointer: string): string[] {
  const path = pointer.replace(/^#/, "");
  if (path === "") return [];
  return path
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The offset where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** How many line starts are at or before `offset`: the 1-based line. */
function upperBound(starts: number[], offset: number): number {
  let [low, high] = [0, starts.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
