// `nfbuild`: the CLI generated from openapi.yaml, run by bin/nfbuild.js.
import { program } from "../../generated/cli.gen.js";
import { runProgram } from "./bin.js";

await runProgram(program);
