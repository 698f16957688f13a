import { fileDigest } from "../hash.mjs";

/**
 * The first file whose bytes on disk are no longer the bytes the run read (or that is gone),
 * or undefined; `digests` are their sha256 as read. Checked once the run has made its files:
 * a save that lands mid-run would otherwise leave output of the old text under a manifest
 * that hashes the new.
 */
export function changedInput(digests: ReadonlyMap<string, string>): string | undefined {
  for (const [path, digest] of digests) if (fileDigest(path) !== digest) return path;
  return undefined;
}
