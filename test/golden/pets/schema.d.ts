// Generated from pets.yaml by this project's OpenAPI generator. DO NOT EDIT.
// Change the spec and run the generator again; its `--check` fails when this file is stale.
export interface paths {
    "/pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List pets */
        get: operations["list-pets"];
        put?: never;
        /** Add pets in bulk (named to collide with list-pets) */
        post: operations["listPets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pets/{pet-id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pet's id. */
                "pet-id": string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a pet
         * @deprecated
         */
        delete: operations["delete"];
        options?: never;
        head?: never;
        /** Rename a pet (no operationId) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The pet's id. */
                    "pet-id": string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description The new name; a comment closer *\/ must not end the doc comment. */
                        name?: string | null;
                        /**
                         * @description A field with a default is optional to send.
                         * @default false
                         */
                        notify?: boolean;
                        /**
                         * Format: binary
                         * @description A file in a JSON body, a slip some specs make; JSON cannot carry the bytes.
                         */
                        photo?: Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;
                    };
                };
            };
            responses: {
                /** @description The pet, as JSON or XML (XML listed first, as the petstore lists it). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/xml": components["schemas"]["Pet"];
                        "application/json": components["schemas"]["Pet"];
                    };
                };
                /** @description Renamed; the pet is not sent back (the answer is optional). */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/pets/{pet-id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a photo (operationId is a global's name) */
        get: operations["Date"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check (operationId is a reserved word) */
        get: operations["import"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        /** Echo the request (TRACE, a method fetch refuses to send) */
        trace: operations["traceHealth"];
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Pet: {
            readonly id: number;
            name: string;
            /** @enum {string} */
            tag?: "cat" | "dog";
            parent?: components["schemas"]["Pet"];
        };
        Error: {
            message?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list-pets": {
        parameters: {
            query?: {
                /** @description How many pets to return. */
                limit?: number;
            };
            header: {
                "X-Request-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet"][];
                };
            };
            /** @description An error. */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Pet"][];
            };
        };
        responses: {
            /** @description Added. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The pet's id. */
                "pet-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Date: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                "pet-id": string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;
                };
            };
        };
    };
    import: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    traceHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request as the server saw it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "message/http": string;
                };
            };
        };
    };
}
