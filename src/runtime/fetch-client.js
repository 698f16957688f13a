// The runtime's one door to openapi-fetch. fetch-client.d.ts declares what passes through it
// (why a declaration file and not openapi-fetch's own: see there).
export { default as createFetchClient } from "openapi-fetch";
