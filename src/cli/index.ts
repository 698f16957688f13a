// The engine that runs a generated CLI program.
export { runCli, type CliIo } from "./main.js";
export { CliError, Exit, type Command, type Flag, type Program } from "./program.js";
export { runProgram } from "./bin.js";
