import { readFileSync } from "node:fs";
import { asRedoclyReads } from "./spec-source.mjs";

/**
 * The first file whose text on disk is no longer the text the run read (or that is gone), or
 * undefined. Checked once the run has made its files: a save that lands mid-run would
 * otherwise leave output of the old text under a manifest that hashes the new.
 */
export function changedInput(texts: ReadonlyMap<string, string>): string | undefined {
  for (const [path, text] of texts) {
    let now: string;
    try {
      now = readFileSync(path, "utf8");
    } catch {
      return path;
    }
    if (asRedoclyReads(now) !== text) return path;
  }
  return undefined;
}
