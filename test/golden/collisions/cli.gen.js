// Generated from collisions.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { Program } from "../../../src/cli/program.js" */
/** @import { Client } from "./client.gen.js" */
import { apiDefaults, createClient } from "./client.gen.js";
import * as validation from "./validation.gen.js";

/**
 * The `collisions` command line: one command per operation, flags and help from the spec.
 * @type {Program<Client>}
 */
export const program = {
  name: "collisions",
  version: "0.1.0",
  title: "Collisions",
  envPrefix: "COLLISIONS",
  defaultBaseUrl: apiDefaults.baseUrl,
  createClient: createClient,
  commands: [
    {
      name: "items-replace-v2",
      aliases: [],
      deprecated: false,
      hasBody: true,
      bodyInProperty: true,
      flags: [
        {
          kind: "value",
          flag: "id",
          target: ["path", "id"],
          required: true,
          constraints: ["string"],
          type: "string",
        },
        {
          kind: "value",
          flag: "query-id",
          target: ["query", "id"],
          required: false,
          constraints: ["string"],
          type: "string",
        },
        {
          kind: "value",
          flag: "name",
          target: ["body", "name"],
          required: false,
          constraints: ["string"],
          type: "string",
        },
      ],
      examples: [{ title: "PUT /items/{id}", argv: ["items-replace-v2", "--id", "ID"] }],
      inputSchema: validation.itemsReplaceV2Input,
      call: (client, input, options) => client.itemsReplaceV2(input, options),
    },
    {
      name: "items-rename",
      aliases: [],
      deprecated: false,
      hasBody: true,
      bodyInProperty: true,
      flags: [
        {
          kind: "value",
          flag: "id",
          target: ["id"],
          required: true,
          constraints: ["string"],
          type: "string",
        },
        {
          kind: "value",
          flag: "body-id",
          target: ["body", "id"],
          required: false,
          description: "The new id (collides with the path parameter).",
          constraints: ["string"],
          type: "string",
        },
      ],
      examples: [{ title: "POST /items/{id}/rename", argv: ["items-rename", "--id", "ID"] }],
      inputSchema: validation.itemsRenameInput,
      call: (client, input, options) => client.itemsRename(input, options),
    },
    {
      name: "upload-file",
      aliases: [],
      deprecated: false,
      hasBody: true,
      flags: [
        {
          kind: "value",
          flag: "file",
          target: ["file"],
          required: false,
          constraints: ["string", "base64"],
          type: "string",
        },
      ],
      examples: [{ title: "POST /uploads", argv: ["upload-file"] }],
      inputSchema: validation.uploadFileInput,
      call: (client, input, options) => client.uploadFile(input, options),
    },
    {
      name: "continue",
      aliases: [],
      deprecated: false,
      hasBody: false,
      flags: [],
      examples: [{ title: "GET /events", argv: ["continue"] }],
      inputSchema: validation.continue_Input,
      call: (client, input, options) => client.continue_(input, options),
    },
    {
      name: "api-defaults",
      aliases: [],
      deprecated: false,
      hasBody: false,
      flags: [],
      examples: [{ title: "GET /defaults", argv: ["api-defaults"] }],
      inputSchema: validation.apiDefaults_Input,
      call: (client, input, options) => client.apiDefaults_(input, options),
    },
  ],
};
