import { makeFolder as makeFolderOr } from "../fs/make-folder.js";
import { ExitCode, GeneratorError } from "./errors.js";

/** `mkdir -p` that cannot hang (see fs/make-folder.ts); a failure stops the run with exit 4. */
export function makeFolder(folder: string): void {
  makeFolderOr(folder, (why) => new GeneratorError(`cannot create the folder ${folder}: ${why}`, ExitCode.io));
}
