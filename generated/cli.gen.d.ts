// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

import type { Program } from "../src/cli/program.js";
import type { Client } from "./client.gen.js";

/** The `nfbuild` command line: one command per operation, flags and help from the spec. */
export declare const program: Program<Client>;
