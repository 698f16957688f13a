#!/usr/bin/env node
// The nfbuild command line. It runs the TypeScript sources through tsx, so it always
// matches the code generated from openapi.yaml, with no separate build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/bin.ts");
await main();
