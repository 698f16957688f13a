// The package's public API: the client generated from openapi.yaml, and the runtime it runs on
// (errors and their guards, option types, `createTransport` for the standalone functions).
export * from "../generated/client.gen.js";
export type { components, operations, paths } from "../generated/schema.js";
export * from "./runtime/index.js";
