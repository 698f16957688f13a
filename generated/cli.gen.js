// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.

/** @import { Program } from "../src/cli/program.js" */
/** @import { Client } from "./client.gen.js" */
import { apiDefaults, createClient } from "./client.gen.js";
import * as validation from "./validation.gen.js";

/**
 * The `nfbuild` command line: one command per operation, flags and help from the spec.
 * @type {Program<Client>}
 */
export const program = {
  name: "nfbuild",
  version: "0.1.0",
  title: "Northflank API - Start job build",
  envPrefix: "NORTHFLANK_API",
  auth: [
    {
      scheme: "bearerAuth",
      kind: "bearer",
      flag: "token",
      env: "NORTHFLANK_API_TOKEN",
      description: "http bearer",
    },
  ],
  defaultBaseUrl: apiDefaults.baseUrl,
  createClient: createClient,
  commands: [
    {
      name: "start-job-build",
      aliases: ["start job build"],
      summary: "Start job build",
      description: "Start a new build for the given job. Given a commit sha, it will build that commit.\n\n**Required permission:** Project > Jobs > Deployment > Deploy Build\n",
      permission: "Project > Jobs > Deployment > Deploy Build",
      deprecated: false,
      hasBody: true,
      security: [["bearerAuth"]],
      flags: [
        {
          kind: "value",
          flag: "project-id",
          target: ["projectId"],
          required: true,
          description: "ID of the project",
          constraints: ["string"],
          type: "string",
        },
        {
          kind: "value",
          flag: "job-id",
          target: ["jobId"],
          required: true,
          description: "ID of the job",
          constraints: ["string"],
          type: "string",
        },
        {
          kind: "value",
          flag: "sha",
          target: ["sha"],
          required: false,
          description: "Commit sha to build. If not provided, will build the most recent commit of the job's branch.",
          constraints: ["string", "length 40"],
          type: "string",
        },
        {
          kind: "map",
          flag: "build-arg",
          target: ["overrides", "buildArguments"],
          required: false,
          description: "Build arguments that will be set on this build only. In case of conflicts these values take precedence.",
          constraints: ["map of string"],
        },
        {
          kind: "fileMap",
          flag: "build-file",
          target: ["overrides", "buildFiles"],
          required: false,
          description: "Secret files as JSON object, encrypted at rest. File path must be absolute",
          constraints: ["map of object", "keys match ^/"],
          contentField: "data",
          encodingField: "encoding",
        },
        {
          kind: "fileMap",
          flag: "secret-mount",
          target: ["overrides", "dockerSecretMounts"],
          required: false,
          description: "Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier",
          constraints: ["map of object"],
          contentField: "data",
          encodingField: "encoding",
        },
        {
          kind: "value",
          flag: "dockerfile-path",
          target: ["overrides", "docker", "dockerFilePath"],
          required: false,
          description: "The file path of the Dockerfile.",
          constraints: ["string", "pattern ^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]+$"],
          type: "string",
        },
        {
          kind: "value",
          flag: "docker-work-dir",
          target: ["overrides", "docker", "dockerWorkDir"],
          required: false,
          description: "The working directory of the Dockerfile.",
          constraints: ["string", "pattern ^\\/([a-zA-Z0-9-._]+\\/)*[a-zA-Z0-9-._]*$"],
          type: "string",
        },
        {
          kind: "value",
          flag: "dockerfile-target",
          target: ["overrides", "docker", "dockerfileTarget"],
          required: false,
          description: "If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here.",
          constraints: ["string", "pattern ^[a-zA-Z0-9-_]+$"],
          type: "string",
        },
      ],
      examples: [
        {
          title: "Start a build with the current settings",
          argv: [
            "start-job-build",
            "--project-id",
            "default-project",
            "--job-id",
            "example-job",
            "--sha",
            "262ed9817b3cad5142fbceabe0c9e371e390d616",
          ],
        },
        {
          title: "Start a build with overrides for the current settings",
          argv: [
            "start-job-build",
            "--project-id",
            "default-project",
            "--job-id",
            "example-job",
            "--body",
            "{\"sha\":\"262ed9817b3cad5142fbceabe0c9e371e390d616\",\"overrides\":{\"buildArguments\":{\"ARGUMENT_1\":\"abcdef\",\"ARGUMENT_2\":\"12345\"},\"buildFiles\":{\"/dir/fileName\":{\"data\":\"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=\",\"encoding\":\"utf-8\"}},\"dockerSecretMounts\":{\"example-secret-mount_1\":{\"data\":\"VGhpcyBpcyBhbiBleGFtcGxlIHdpdGggYSB0ZW1wbGF0ZWQgJHtOT0RFX0VOVn0gdmFyaWFibGU=\",\"encoding\":\"utf-8\"}},\"docker\":{\"dockerFilePath\":\"/Dockerfile\",\"dockerWorkDir\":\"/\"}}}",
          ],
        },
      ],
      summaryTemplate: "Build {data.id}: {data.status} (sha {data.sha}, branch {data.branch})",
      inputSchema: validation.startJobBuildInput,
      call: (client, input, options) => client.startJobBuild(input, options),
    },
  ],
};
