/**
 * `npm run docs`: the HTML docs from the committed docs spec, without regenerating code.
 * Exit codes as for `npm run generate`.
 */
import { GeneratorError } from "../src/generator/errors.js";
import { docsSpecFile } from "../src/generator/output-files.js";
import { buildDocs } from "../src/generator/stages/docs.js";

const out = "generated";
buildDocs(`${out}/${docsSpecFile}`, `${out}/docs/index.html`).then(
  () => console.log(`docs: ${out}/${docsSpecFile} -> ${out}/docs/index.html`),
  (error: unknown) => {
    console.error(`docs: ${error instanceof GeneratorError ? error.message : String(error)}`);
    process.exit(error instanceof GeneratorError ? error.exitCode : 70);
  },
);
