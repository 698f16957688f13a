// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import * as declared from "./client.gen.js" */
import { createTransport } from "../../../src/runtime/index.js";
import * as validation from "./validation.gen.js";

/** @type {typeof declared.apiDefaults} */
export const apiDefaults = { baseUrl: "https://eu.pets.example.test/v1", userAgent: "northflank-build-kit/0.1.0" };
/** @type {typeof declared.listPets2} */
export const listPets2 = async (transport, input, options) => transport.call(validation.listPets2Operation, input, options);
/** @type {typeof declared.listPets} */
export const listPets = async (transport, input, options) => transport.call(validation.listPetsOperation, input, options);
/** @type {typeof declared.delete_} */
export const delete_ = async (transport, input, options) => transport.call(validation.delete_Operation, input, options);
/** @type {typeof declared.patchPetsByPetId} */
export const patchPetsByPetId = async (transport, input, options) => transport.call(validation.patchPetsByPetIdOperation, input, options);
/** @type {typeof declared.date} */
export const date = async (transport, input, options) => transport.call(validation.dateOperation, input, options);
/** @type {typeof declared.import_} */
export const import_ = async (transport, input = {}, options) => transport.call(validation.import_Operation, input, options);
/** @type {typeof declared.traceHealth} */
export const traceHealth = async (transport, input = {}, options) => transport.call(validation.traceHealthOperation, input, options);
/** @type {typeof declared.createClient} */
export const createClient = (options = {}) => {
  const transport = createTransport(options, apiDefaults);
  return {
    listPets2: (input, callOptions) => listPets2(transport, input, callOptions),
    listPets: (input, callOptions) => listPets(transport, input, callOptions),
    delete_: (input, callOptions) => delete_(transport, input, callOptions),
    patchPetsByPetId: (input, callOptions) => patchPetsByPetId(transport, input, callOptions),
    date: (input, callOptions) => date(transport, input, callOptions),
    import_: (input, callOptions) => import_(transport, input, callOptions),
    traceHealth: (input, callOptions) => traceHealth(transport, input, callOptions),
  };
};
