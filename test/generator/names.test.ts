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
  ])("$given -> $want", ({ given, want }) => expect(uniqueNames(given)).toEqual(want));
});
