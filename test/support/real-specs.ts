/**
 * The real public specs the tests run the generator on: every document in ../shared/specs
 * that generates, and GitHub's (13 MB, 1,223 operations), each with its operation count
 * (from ../shared/specs/SOURCES.tsv, or counted).
 */
import { resolve } from "node:path";

export const sharedSpecs = resolve("../shared/specs");
export const githubSpec = resolve("node_modules/@octokit/openapi/generated/api.github.com.json");

export const realSpecs: [name: string, path: string, operations: number][] = [
  ["tictactoe", `${sharedSpecs}/oai-learn__tictactoe.yaml`, 3],
  ["webhook-example", `${sharedSpecs}/oai-learn__webhook-example.yaml`, 0],
  ["callback-example", `${sharedSpecs}/oai-learn__callback-example.json`, 1],
  ["link-example", `${sharedSpecs}/oai-learn__link-example.yaml`, 6],
  ["museum", `${sharedSpecs}/redocly-museum__openapi.yaml`, 8],
  ["petstore", `${sharedSpecs}/swagger-petstore__openapi.yaml`, 19],
  ["frigate", `${sharedSpecs}/frigate__frigate-api.yaml`, 179],
  ["discord", `${sharedSpecs}/discord__openapi.json`, 242],
  ["openai", `${sharedSpecs}/openai__openapi.yaml`, 288],
  ["oxide", `${sharedSpecs}/oxide__oxide.json`, 315],
  ["digitalocean", `${sharedSpecs}/digitalocean__specification/DigitalOcean-public.v2.yaml`, 659],
  ["github", githubSpec, 1223],
];
