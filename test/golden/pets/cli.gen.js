// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { Program } from "../../../src/cli/program.js" */
/** @import { Client } from "./client.gen.js" */
import { apiDefaults, createClient } from "./client.gen.js";
import * as validation from "./validation.gen.js";

/**
 * The `pets` command line: one command per operation, flags and help from the spec.
 * @type {Program<Client>}
 */
export const program = {
  name: "pets",
  version: "0.1.0",
  title: "Pets",
  envPrefix: "PETS",
  defaultBaseUrl: apiDefaults.baseUrl,
  createClient: createClient,
  commands: [
    {
      name: "list-pets2",
      aliases: [],
      summary: "List pets",
      deprecated: false,
      hasBody: false,
      flags: [
        {
          kind: "value",
          flag: "limit",
          target: ["limit"],
          required: false,
          description: "How many pets to return.",
          constraints: ["integer", ">= 1", "<= 100", "default 20"],
          type: "integer",
        },
        {
          kind: "value",
          flag: "x-request-id",
          target: ["X-Request-Id"],
          required: true,
          constraints: ["string (uuid)"],
          type: "string",
        },
      ],
      examples: [{ title: "List pets", argv: ["list-pets2", "--x-request-id", "X_REQUEST_ID"] }],
      inputSchema: validation.listPets2Input,
      call: (client, input, options) => client.listPets2(input, options),
    },
    {
      name: "list-pets",
      aliases: [],
      summary: "Add pets in bulk (named to collide with list-pets)",
      deprecated: false,
      hasBody: true,
      bodyInProperty: true,
      flags: [],
      examples: [{ title: "Add pets in bulk (named to collide with list-pets)", argv: ["list-pets"] }],
      inputSchema: validation.listPetsInput,
      call: (client, input, options) => client.listPets(input, options),
    },
    {
      name: "delete",
      aliases: [],
      summary: "Delete a pet",
      deprecated: true,
      hasBody: false,
      flags: [
        {
          kind: "value",
          flag: "pet-id",
          target: ["pet-id"],
          required: true,
          description: "The pet's id.",
          constraints: ["string", "pattern ^[a-z0-9-]+$"],
          type: "string",
        },
      ],
      examples: [{ title: "Delete a pet", argv: ["delete", "--pet-id", "PET_ID"] }],
      inputSchema: validation.delete_Input,
      call: (client, input, options) => client.delete_(input, options),
    },
    {
      name: "patch-pets-by-pet-id",
      aliases: [],
      summary: "Rename a pet (no operationId)",
      deprecated: false,
      hasBody: true,
      flags: [
        {
          kind: "value",
          flag: "pet-id",
          target: ["pet-id"],
          required: true,
          description: "The pet's id.",
          constraints: ["string", "pattern ^[a-z0-9-]+$"],
          type: "string",
        },
        {
          kind: "value",
          flag: "name",
          target: ["name"],
          required: false,
          description: "The new name; a comment closer */ must not end the doc comment.",
          constraints: ["string | null", "length <= 50"],
          type: "string",
        },
        {
          kind: "value",
          flag: "notify",
          target: ["notify"],
          required: false,
          description: "A field with a default is optional to send.",
          constraints: ["boolean", "default false"],
          type: "boolean",
        },
        {
          kind: "file",
          flag: "photo",
          target: ["photo"],
          required: false,
          description: "A file in a JSON body, a slip some specs make; JSON cannot carry the bytes.",
          constraints: ["string (binary)"],
        },
      ],
      examples: [
        {
          title: "Rename a pet (no operationId)",
          argv: ["patch-pets-by-pet-id", "--pet-id", "PET_ID"],
        },
      ],
      inputSchema: validation.patchPetsByPetIdInput,
      call: (client, input, options) => client.patchPetsByPetId(input, options),
    },
    {
      name: "date",
      aliases: [],
      summary: "Download a photo (operationId is a global's name)",
      deprecated: false,
      hasBody: false,
      flags: [
        {
          kind: "value",
          flag: "pet-id",
          target: ["pet-id"],
          required: true,
          constraints: ["string"],
          type: "string",
        },
      ],
      examples: [
        {
          title: "Download a photo (operationId is a global's name)",
          argv: ["date", "--pet-id", "PET_ID"],
        },
      ],
      inputSchema: validation.dateInput,
      call: (client, input, options) => client.date(input, options),
    },
    {
      name: "import",
      aliases: [],
      summary: "Health check (operationId is a reserved word)",
      deprecated: false,
      hasBody: false,
      flags: [],
      examples: [{ title: "Health check (operationId is a reserved word)", argv: ["import"] }],
      inputSchema: validation.import_Input,
      call: (client, input, options) => client.import_(input, options),
    },
    {
      name: "trace-health",
      aliases: [],
      summary: "Echo the request (TRACE, a method fetch refuses to send)",
      deprecated: false,
      hasBody: false,
      flags: [],
      examples: [
        {
          title: "Echo the request (TRACE, a method fetch refuses to send)",
          argv: ["trace-health"],
        },
      ],
      inputSchema: validation.traceHealthInput,
      call: (client, input, options) => client.traceHealth(input, options),
    },
  ],
};
