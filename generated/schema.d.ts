// Generated from openapi.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.
export interface paths {
    "/v1/projects/{projectId}/jobs/{jobId}/build": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start job build
         * @description Start a new build for the given job. Given a commit sha, it will build that commit.
         *
         *     **Required permission:** Project > Jobs > Deployment > Deploy Build
         */
        post: operations["startJobBuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Start a build with the current settings, or with overrides for them. */
        StartJobBuildRequest: components["schemas"]["StartJobBuildWithCurrentSettings"] | components["schemas"]["StartJobBuildWithOverrides"];
        /**
         * Start a build with the current settings
         * @description Start a build with the current settings
         */
        StartJobBuildWithCurrentSettings: {
            sha?: components["schemas"]["CommitSha"];
        };
        /**
         * Start a build with overrides for the current settings
         * @description Start a build with overrides for the current settings
         */
        StartJobBuildWithOverrides: {
            sha?: components["schemas"]["CommitSha"];
            overrides: components["schemas"]["BuildOverrides"];
        };
        /**
         * @description Commit sha to build. If not provided, will build the most recent commit of the job's branch.
         * @example 262ed9817b3cad5142fbceabe0c9e371e390d616
         */
        CommitSha: string;
        /** @description An optional object that may specify several different overrides on the build level. */
        BuildOverrides: {
            /**
             * @description Build arguments that will be set on this build only. In case of conflicts these values take precedence.
             * @example {
             *       "ARGUMENT_1": "abcdef"
             *     }
             */
            buildArguments?: {
                [key: string]: string;
            };
            /** @description Secret files as JSON object, encrypted at rest. File path must be absolute */
            buildFiles?: {
                [key: string]: components["schemas"]["SecretFile"];
            };
            /** @description Docker secret mount contents as JSON object, encrypted at rest. Must be a valid Docker secret mount identifier */
            dockerSecretMounts?: {
                [key: string]: components["schemas"]["SecretFile"];
            };
            docker?: components["schemas"]["DockerOverrides"];
        };
        /** @description The contents of a secret file. Never logged. */
        SecretFile: {
            /** @description The file's contents, base64-encoded. */
            data: string;
            /**
             * @description The original encoding of the file (only `utf-8` is documented).
             * @example utf-8
             */
            encoding?: string;
        };
        /** @description Overrides for docker build settings. */
        DockerOverrides: {
            /**
             * @description The file path of the Dockerfile.
             * @example /Dockerfile
             */
            dockerFilePath?: string;
            /**
             * @description The working directory of the Dockerfile.
             * @example /
             */
            dockerWorkDir?: string;
            /**
             * @description If your Dockerfile contains multiple build stages, you can specify the target stage by entering its name here.
             * @example production
             */
            dockerfileTarget?: string;
        };
        /** @description Response object. */
        StartJobBuildResponse: {
            data: components["schemas"]["JobBuild"];
        };
        /** @description Result data. */
        JobBuild: {
            /**
             * @description ID of the build.
             * @example joyous-view-6290
             */
            id: string;
            /**
             * @description Name of the branch the built commit belongs to.
             * @example main
             */
            branch?: string;
            /** @description ID of the pull request the commit belongs to. */
            pullRequestId?: number | null;
            /**
             * @description The sha of the built commit.
             * @example 12c15e7ee25fd78f567ebf87f9178b8ad70025b3
             */
            sha?: string;
            registry?: {
                /** @description URI of that can be used to pull the image from the registry */
                uri?: string;
            };
            /**
             * Format: date-time
             * @description Timestamp of the build initiation.
             */
            createdAt?: string;
            /**
             * @description The status of the build. A free string: values seen elsewhere in the API are QUEUED,
             *     PENDING, UNSCHEDULABLE, STARTING, CLONING, BUILDING, UPLOADING, ABORTED, FAILURE,
             *     SUBMISSION_FAILURE, SUCCESS, CRASHED and IN_PROGRESS; new values may appear.
             * @example PENDING
             */
            status?: string;
            /** @description Whether the build has finished. */
            concluded?: boolean;
        };
        /** @description Northflank's error envelope. */
        ErrorResponse: {
            error: {
                /** @description The HTTP status code. */
                status: number;
                /** @description A human-readable description of the error. */
                message: string;
                /** @description An identifier of the error, to quote to support. */
                id?: string;
                /** @description Further details, such as the fields that failed validation. */
                details?: {
                    [key: string]: unknown;
                };
            };
        };
    };
    responses: {
        /** @description The request body or parameters are invalid (meaning *unverified*). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 400,
                 *         "message": "Validation error",
                 *         "id": "validation-error",
                 *         "details": {
                 *           "sha": "must be 40 characters"
                 *         }
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API token is missing or invalid (meaning *unverified*). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 401,
                 *         "message": "Unauthorized"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The token lacks the permission Project > Jobs > Deployment > Deploy Build (meaning *unverified*). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 403,
                 *         "message": "Forbidden"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The project or job does not exist (meaning *unverified*). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 404,
                 *         "message": "job not found"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The job cannot be built in its current state (meaning *unverified*). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 409,
                 *         "message": "Conflict"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The rate limit (1000 requests per hour by default) is exhausted; the body shape is *unverified*. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "x-ratelimit-limit": components["headers"]["X-RateLimit-Limit"];
                "x-ratelimit-remaining": components["headers"]["X-RateLimit-Remaining"];
                "x-ratelimit-reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 429,
                 *         "message": "Too many requests"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected server error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "status": 500,
                 *         "message": "Internal server error"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description ID of the project
         * @example default-project
         */
        projectId: string;
        /**
         * @description ID of the job
         * @example example-job
         */
        jobId: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying (an HTTP date is also allowed by RFC 9110).
         * @example 30
         */
        "Retry-After": string;
        /**
         * @description Requests allowed in the current window (1000 per hour by default).
         * @example 1000
         */
        "X-RateLimit-Limit": number;
        /**
         * @description Requests left in the current window.
         * @example 0
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window resets.
         * @example 1200
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    startJobBuild: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the project
                 * @example default-project
                 */
                projectId: components["parameters"]["projectId"];
                /**
                 * @description ID of the job
                 * @example example-job
                 */
                jobId: components["parameters"]["jobId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StartJobBuildRequest"];
            };
        };
        responses: {
            /** @description Returns data about the build initiated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartJobBuildResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
