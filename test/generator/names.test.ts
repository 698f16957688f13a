import { describe, expect, it } from "vitest";
import { camelCase, nameFromRoute, pascalCase, uniqueNames } from "../../src/generator/model/names.js";

describe("camelCase", () => {
  it.each([
    { given: "startJobBuild", want: "startJobBuild" },
    { given: "repos/get-content", want: "reposGetContent" },
    { given: "items/replace#v2", want: "itemsReplaceV2" },
    { given: "upload file", want: "uploadFile" },
    { given: "items.rename", want: "itemsRename" },
    { given: "ListAPIKeys", want: "listAPIKeys" },
    { given: "get_user_by_id", want: "getUserById" },
    { given: "2fa-enable", want: "_2faEnable" },
    { given: "Date", want: "date" },
    { given: "héllo wörld", want: "helloWorld" },
  ])("$given -> $want", ({ given, want }) => expect(camelCase(given)).toBe(want));
});

describe("pascalCase", () => {
  it.each([
    { given: "startJobBuild", want: "StartJobBuild" },
    { given: "repos/get-content", want: "ReposGetContent" },
  ])("$given -> $want", ({ given, want }) => expect(pascalCase(given)).toBe(want));
});

describe("nameFromRoute", () => {
  it.each([
    { method: "post", path: "/v1/projects/{projectId}/jobs", want: "postV1ProjectsByProjectIdJobs" },
    { method: "get", path: "/pets/{pet-id}", want: "getPetsByPetId" },
    { method: "get", path: "/", want: "get" },
  ])("$method $path -> $want", ({ method, path, want }) => expect(nameFromRoute(method, path)).toBe(want));
});

describe("uniqueNames", () => {
  it.each([
    { given: ["a", "b"], want: ["a", "b"] },
    { given: ["listPets", "listPets", "listPets"], want: ["listPets", "listPets2", "listPets3"] },
    { given: ["delete", "import", "continue", "package"], want: ["delete_", "import_", "continue_", "package_"] },
    { given: ["createClient", "transport"], want: ["createClient_", "transport_"] },
    // Names differing only in case would give the same type names (`GetUserInput`).
    { given: ["getUser", "GetUser"], want: ["getUser", "GetUser2"] },
    { given: [""], want: ["operation"] },
    // Object.prototype's members, and `then`, which would make the client (and its module) a thenable.
    { given: ["then", "constructor", "toString", "valueOf", "hasOwnProperty"], want: ["then_", "constructor_", "toString_", "valueOf_", "hasOwnProperty_"] },
    // What the client module itself declares or imports: an operation of that name would redeclare it.
    { given: ["apiDefaults", "createClient", "createTransport", "base64", "validation"], want: ["apiDefaults_", "createClient_", "createTransport_", "base64_", "validation_"] },
    { given: ["isPrototypeOf", "propertyIsEnumerable", "toLocaleString"], want: ["isPrototypeOf_", "propertyIsEnumerable_", "toLocaleString_"] },
    { given: ["__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"], want: ["__proto___", "__defineGetter___", "__defineSetter___", "__lookupGetter___", "__lookupSetter___"] },
    { given: ["then", "then", "thenable"], want: ["then_", "then_2", "thenable"] },
  ])("$given -> $want", ({ given, want }) => expect(uniqueNames(given)).toEqual(want));

  it.each([
    // A name the spec wrote verbatim keeps it; the others are numbered in request order.
    { given: ["getUser", "getUser"], verbatim: [false, true], want: ["getUser2", "getUser"] },
    { given: ["getUser", "getUser"], verbatim: [true, false], want: ["getUser", "getUser2"] },
    { given: ["a", "a", "a"], verbatim: [false, false, true], want: ["a2", "a3", "a"] },
    { given: ["a", "a", "a2"], verbatim: [false, true, true], want: ["a3", "a", "a2"] },
    { given: ["a", "a"], verbatim: [true, true], want: ["a", "a2"] },
    { given: ["getUser", "getuser"], verbatim: [false, true], want: ["getUser2", "getuser"] },
    { given: ["then", "then"], verbatim: [false, true], want: ["then_2", "then_"] },
  ])("$given, verbatim $verbatim -> $want", ({ given, verbatim, want }) => expect(uniqueNames(given, verbatim)).toEqual(want));
});
