import { mergedHeaders, readAnswer, requestUrl } from "./direct-fetch.js";
import { serverBase } from "./server-base.js";
import { createFetchClient, type Middleware } from "./fetch-client.js";
import { encodeBody } from "./body.js";
import { applyCredentials, chosenSchemes, credentialTexts, headerFault, type AuthTarget, type Credential, type Credentials, type SecurityScheme } from "./auth.js";
import { checkBodyWritable, checkInput, checkPathSegments, parseJsonTextParameters, unknownInputs } from "./check-input.js";
import { apiErrorFor, InvalidResponseError, NetworkError, RateLimitError, RedirectError, ResponseHandlingError, TimeoutError, ValidationError, type RequestLine, type Violation } from "./errors.js";
import { showBody, showHeaders } from "./log.js";
import type { Operation } from "./operation.js";
import { serializeCookies, serializeHeaders, serializePath, serializeQuery, type ParameterStyles } from "./parameters.js";
import type { ApiDefaults, BodyChoice, CallOptions, ClientOptions, Logger, Transport } from "./options.js";
import { redactError, redactSensitive, redactStrings, redactText, secretForms, secretList, textForms } from "./redact.js";
import { followsItself, isUnfollowedRedirect, redirectTarget, sendFollowing, unfollowedWhy, withoutHeaders, type LeaveOrigin } from "./redirect.js";
import { isRetryable, retryDefaults, retryDelay, serverDelay, type Outcome } from "./retry.js";
import { splitInput, type RequestParts } from "./split-input.js";
import { sleep, startTimer, untilAborted } from "./timer.js";
import { validate } from "./validate.js";

export const defaultTimeout = 60_000;

/** A transport over openapi-fetch: validation, retries, timeouts, typed errors, redacted logs. */
export function createTransport(options: ClientOptions, defaults: ApiDefaults): Transport {
  const baseUrl = checkedBaseUrl(options.baseUrl ?? defaults.baseUrl);
  // An operation's own server (the spec's, for its path or itself) serves it unless the caller chose the base URL.
  const ownServers = new Map<string, string>();
  const baseFor = (operation: Operation): string => {
    if (operation.server === undefined || options.baseUrl !== undefined) return baseUrl;
    let base = ownServers.get(operation.server);
    if (base === undefined) ownServers.set(operation.server, (base = checkedBaseUrl(serverBase(operation.server, baseUrl))));
    return base;
  };
  // The token and credentials stay in this closure: never on an object a caller could print.
  const { token, logger } = options;
  const schemes = defaults.securitySchemes ?? {};
  const credentials = checkedCredentials(options.auth, token, schemes);
  const credentialForms = [...(token ? textForms(token) : []), ...credentialTexts(credentials).flatMap(textForms)];
  const client = createFetchClient({ baseUrl, fetch: options.fetch });
  if (options.middleware?.length) client.use(...options.middleware);
  // openapi-fetch hands fetch a Request, which fetch copies, piping its body through a
  // TransformStream on the way: a fifth of a small request's CPU. When no fetch or middleware
  // of the caller's can see or replace that Request, a JSON request goes out as its parts
  // instead (URL and headers as openapi-fetch built them, the body serialized here).
  const sendsParts = options.fetch === undefined && !options.middleware?.length;
  // With no logger either, nothing needs openapi-fetch at all: the request goes straight to fetch (direct-fetch.ts).
  const sendsDirect = sendsParts && logger === undefined;
  const send = globalThis.fetch;
  const sendRequest = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const clientSettings = { ...options, retry: { ...retryDefaults, ...options.retry } };
  const noOptions: CallOptions = {};

  return {
    async call<T>(operation: Operation, input: object, callOptions: CallOptions & BodyChoice = noOptions): Promise<T> {
      // Most calls pass no options: they share the client's settings, merged once.
      const settings = callOptions === noOptions ? clientSettings : { ...clientSettings, ...definedOnly(callOptions), retry: { ...clientSettings.retry, ...callOptions.retry } };
      const maxRetries = settings.maxRetries ?? retryDefaults.maxRetries;
      const timeout = settings.timeout ?? defaultTimeout;
      if (!(timeout >= 0)) throw new TypeError(`${operation.name}: timeout must be milliseconds >= 0 (0 or Infinity: no limit), not ${String(timeout)}`);
      const limited = timeout > 0 && timeout !== Infinity;
      const parts = splitInput(operation, input);
      const base = baseFor(operation);
      const styles = operation.styles ?? noStyles;
      const request = new LazyRequestLine(operation, parts.params.path ?? {}, styles);
      const mediaType = chosenMediaType(operation, callOptions.contentType);

      const violations = checkPathSegments(operation, parts);
      // fetch (and the Request a fetch of the caller's is given) rejects TRACE as a TypeError indistinguishable from a dropped connection: refused here, as what it is.
      if (operation.method === "trace") violations.push({ path: "(method)", rule: "method", message: "TRACE is a method fetch refuses to send (the Fetch standard forbids it)" });
      if (operation.styles) violations.push(...parseJsonTextParameters(operation, parts, settings.validate !== false));
      if (parts.body !== undefined) violations.push(...checkBodyWritable(operation, parts, mediaType));
      if (settings.validate !== false) violations.push(...unknownInputs(operation, input));
      const invalid = settings.validate !== false && operation.schema ? checkInput(operation, operation.schema, parts, mediaType) : noViolations;
      if (violations.length + invalid.length > 0) throw new ValidationError(operation.name, [...violations, ...invalid]);

      // What must never be shown: the token, and every sensitive value of this request.
      // Worked out only when something is to be shown (a log line, an error), off the hot path.
      let shown: Shown | undefined;
      const sensitive = (): Shown => (shown ??= redactedRequest(credentialForms, operation, parts));
      const encoded = parts.body === undefined ? undefined : encodeBody(parts.body, mediaType, operation.encoding?.[mediaType ?? "application/json"]);
      // A stream can be read once: it goes through openapi-fetch's Request, which fetch sends as it reads.
      const streamed = encoded !== undefined && typeof ReadableStream !== "undefined" && encoded.body instanceof ReadableStream;
      const asParts = sendsParts && !streamed;
      // The body's Content-Type comes first, so a caller's own wins, as with openapi-fetch's default.
      const bodyType = encoded?.contentType === undefined ? undefined : { "Content-Type": encoded.contentType };
      // Spread only where there is something to spread: with a key between spreads, V8 takes a slow path (1.5 µs a request).
      // The media type asked for comes before them too: a caller's own Accept (or an Accept parameter) wins.
      const accept = operation.accept === undefined ? undefined : { Accept: operation.accept };
      const headers: Record<string, string> =
        options.headers || callOptions.headers || accept
          ? { ...bodyType, "User-Agent": defaults.userAgent, ...accept, ...options.headers, ...callOptions.headers }
          : bodyType
            ? { "Content-Type": bodyType["Content-Type"], "User-Agent": defaults.userAgent }
            : { "User-Agent": defaults.userAgent };
      // Header parameters win over the caller's headers of the same name, as in openapi-fetch.
      if (parts.params.header) Object.assign(headers, serializeHeaders(parts.params.header, styles.header));
      const auth: AuthTarget = { headers, query: [], cookies: [] };
      const schemeNames = chosenSchemes(operation.security, credentials);
      // A spec that declares no security: the token goes as a bearer token, as it always has.
      if (schemeNames === undefined && token !== undefined) headers.Authorization = `Bearer ${token}`;
      else if (schemeNames !== undefined) applyCredentials(schemeNames, schemes, credentials, auth);
      const cookies = parts.params.cookie || auth.cookies.length > 0 ? [parts.params.cookie && serializeCookies(parts.params.cookie, styles.cookie), ...auth.cookies].filter(Boolean).join("; ") : "";
      if (cookies) addCookies(headers, cookies);
      // fetch would turn a POST answered with 301/302 (anything with 303) into a GET: see redirect.ts.
      // A GET with an API key in a header of its own is followed here too: fetch, following
      // itself, drops only Authorization and Cookie on the way to another origin.
      const keyHeaders = apiKeyHeaders(schemeNames, schemes);
      const followedHere = !followsItself(operation.method) || keyHeaders.length > 0;
      const redirect: "follow" | "manual" = followedHere ? "manual" : "follow";
      // A path parameter may sit in the query written into the path key, too (`?view={view}`).
      const queryString = (query: Record<string, unknown>) =>
        operation.pathQuery || auth.query.length > 0 ? [operation.pathQuery && serializePath(operation.pathQuery, parts.params.path ?? {}, styles.path), serializeQuery(query, styles.query), ...auth.query].filter(Boolean).join("&") : serializeQuery(query, styles.query);
      const pathParams = parts.params.path;
      const expandPath = (url: string) => (pathParams ? serializePath(url, pathParams, styles.path) : url);
      const parseAs = operation.parseAs === "json" ? "text" : operation.parseAs === "auto" ? "blob" : operation.parseAs;
      // A 307 or 308 to another origin: the credentials stay behind, and a body holding secret data stays home.
      const leave: LeaveOrigin = (hopHeaders) => (sensitive().bodySecrets ? undefined : withoutHeaders(hopHeaders, ["authorization", "cookie", ...keyHeaders]));
      const everyRedirect = followsItself(operation.method);

      for (let attempt = 0; ; attempt++) {
        if (callOptions.signal?.aborted) throw callOptions.signal.reason;
        // With a limit, one controller per attempt: the timeout and the caller's signal both
        // abort it, and the timer is cleared as soon as the attempt ends (AbortSignal.timeout's
        // is not). Without one, only the caller's signal, if any: no controller, no timer.
        const controller = limited ? new AbortController() : undefined;
        // Ends the attempt's wait for fetch at once, for a fetch that would not stop at its signal.
        let stopWaiting: ((reason: unknown) => void) | undefined;
        const abort = (reason: unknown) => {
          controller!.abort(reason);
          stopWaiting?.(reason);
        };
        const cancelTimer = controller && startTimer(timeout, () => abort(new DOMException(`timed out after ${timeout} ms`, "TimeoutError")));
        const onAbort = controller && callOptions.signal ? () => abort(callOptions.signal!.reason) : undefined;
        if (onAbort) callOptions.signal!.addEventListener("abort", onAbort, { once: true });
        const signal = controller?.signal ?? callOptions.signal;
        const started = logger ? Date.now() : 0;
        // What fetch did, so a failure is told as it happened: before sending, no answer, or after one.
        let answer: Response | undefined;
        let fetchFailed = false;
        // The wait for fetch, cut short by an abort: with a controller of our own, by `abort`
        // itself, not by a listener on its signal (added and removed on every request, 3 µs).
        // Settled once: a response that comes after the abort is not the attempt's answer.
        const tracked = (sending: Promise<Response>): Promise<Response> =>
          new Promise((resolve, reject) => {
            let waiting = true;
            const failed = (error: unknown) => {
              if (!waiting) return;
              waiting = false;
              fetchFailed = true;
              reject(error);
            };
            if (controller?.signal.aborted) failed(controller.signal.reason);
            stopWaiting = failed;
            try {
              // A caller's fetch that returns a Response, not a promise, ends as it always has: taken
              // as it is when nothing can abort the wait, else as a fetch that failed.
              (controller ? sending : Promise.resolve(untilAborted(sending, signal))).then((response) => {
                if (!waiting) return;
                waiting = false;
                resolve((answer = response));
              }, failed);
            } catch (error) {
              failed(error);
            }
          });
        // One hop of a request sent as its parts: fetch given URL, headers and the encoded body.
        const sendHop = (method: string) => (url: string, hopHeaders: Headers) => send(url, { method, headers: hopHeaders, body: encoded?.body as RequestInit["body"], signal, redirect });
        let outcome: Outcome;
        let failure: Error;
        try {
          const result =
            sendsDirect && !streamed
              ? // fetch itself honours the signal, the body's reading included: no race needed around it.
                await readAnswer(
                  await tracked(sendFollowing(requestUrl(base, operation.path, expandPath, queryString(parts.params.query ?? {})), mergedHeaders(headers), sendHop(request.method), leave, everyRedirect)),
                  request.method,
                  parseAs,
                )
              : await untilAborted(
                  client.request(operation.method, operation.path, {
                    ...(base === baseUrl ? {} : { baseUrl: base }),
                    params: { path: parts.params.path, query: parts.params.query },
                    querySerializer: queryString,
                    pathSerializer: (url, path) => serializePath(url, path, styles.path),
                    body: asParts ? undefined : encoded?.body,
                    bodySerializer: sentAsItIs,
                    ...(streamed ? { duplex: "half" as const } : {}),
                    // JSON is parsed here, so a broken body becomes an InvalidResponseError with its status.
                    parseAs,
                    signal: asParts ? undefined : signal,
                    fetch: asParts
                      ? (built) => tracked(sendFollowing(built.url, built.headers, sendHop(built.method), leave, everyRedirect))
                      : (built) => tracked(redirect === "follow" ? sendRequest(built) : sendRequestFollowing(built, sendRequest, leave, everyRedirect)),
                    headers,
                    middleware: logger ? [requestLogger(logger, attempt, maxRetries, sensitive().body, sensitive().secrets)] : undefined,
                  }),
                  signal,
                );
          const { response } = result;
          // openapi-fetch gives an empty error body as "": there is no body.
          const body = response.ok || result.error === "" ? undefined : redactStrings(result.error, sensitive().secrets);
          const line = logger && `<- ${response.status} ${redactText(response.statusText, sensitive().secrets)} ${request.method} ${request.path} (${Date.now() - started} ms) body: ${showBody(response.ok ? result.data : body, sensitive().secrets)}`;
          // A logger that throws on a success must not pass for a request that failed (see the catch below).
          if (line !== undefined) (response.ok ? logger! : quiet(logger!))(line);
          if (response.ok) {
            if (operation.parseAs !== "auto") return readSuccess<T>(operation, operation.parseAs, request, response, result.data, settings.validateResponses === true, sensitive);
            const [parseAs, data] = await readAuto(response, result.data);
            return readSuccess<T>(operation, parseAs, request, response, data, settings.validateResponses === true, sensitive);
          }
          outcome = { kind: "response", status: response.status, headers: response.headers };
          failure = answerFailure(request, response, body, sensitive().secrets);
        } catch (error) {
          if (callOptions.signal?.aborted) throw callOptions.signal.reason;
          if (error instanceof InvalidResponseError) throw error;
          const timedOut = controller?.signal.aborted === true;
          if (answer?.ok) {
            // The server took the request: however the rest failed, it must not read as "not sent", nor be sent again.
            const reason = timedOut ? `no complete response within ${timeout} ms` : messageOf(error);
            throw new ResponseHandlingError(request, shownStatus(answer, sensitive().secrets), redactText(reason, sensitive().secrets), redactError(error, sensitive().secrets));
          }
          if (answer) {
            // An error status whose body could not be read, or a hook that threw on it: the status is the outcome.
            outcome = { kind: "response", status: answer.status, headers: answer.headers };
            failure = answerFailure(request, answer, undefined, sensitive().secrets);
          } else if (timedOut) {
            outcome = { kind: "ambiguous" };
            failure = new TimeoutError(request, timeout);
          } else if (fetchFailed) {
            const code = errorCode(error);
            outcome = { kind: code !== undefined && neverSent(code) ? "unsent" : "ambiguous" };
            failure = new NetworkError(request, code, redactError(error, sensitive().secrets), outcome.kind === "ambiguous");
          } else {
            // Thrown before anything was sent (a logger, middleware or serializer of the caller's): as it is.
            throw error;
          }
          if (logger) quiet(logger)(`x ${request.method} ${request.path}: ${failure.message}`);
        } finally {
          cancelTimer?.();
          if (onAbort) callOptions.signal!.removeEventListener("abort", onAbort);
        }

        const delay = attempt < maxRetries && isRetryable(outcome, operation.method, settings.retry) ? retryDelay(attempt, outcome, settings.retry, Date.now(), Math.random()) : undefined;
        if (delay === undefined) throw failure;
        if (logger) quiet(logger)(`retrying ${request.method} ${request.path} in ${delay} ms (retry ${attempt + 1} of ${maxRetries}) after: ${failure.message}`);
        await sleep(delay, callOptions.signal);
      }
    },
  };
}

/** The error for an answer outside 2xx: by status, and redirects that were not followed. */
function answerFailure(request: RequestLine, response: Response, body: unknown, secrets: readonly string[]): Error {
  const shown = shownStatus(response, secrets);
  if (isUnfollowedRedirect(response)) {
    const target = redirectTarget(response, response.url);
    const why = response.status === 307 || response.status === 308 || followsItself(request.method.toLowerCase()) ? unfollowedWhy(response) : undefined;
    return new RedirectError(request, shown, body, target && redactText(target, secrets), why);
  }
  if (response.status === 429) return new RateLimitError(request, shown, body, serverDelay(response.headers, Date.now()));
  return new (apiErrorFor(response.status))(request, shown, body);
}

/** Status and headers for an error; the reason phrase is the server's text, and may quote the request. */
function shownStatus(response: Response, secrets: readonly string[]): { status: number; statusText: string; headers: Headers } {
  return { status: response.status, statusText: redactText(response.statusText, secrets), headers: response.headers };
}

/** The headers of the API keys a request sends in headers of their own: a cross-origin hop drops them, as it drops Authorization. */
function apiKeyHeaders(schemeNames: readonly string[] | undefined, schemes: Readonly<Record<string, SecurityScheme>>): readonly string[] {
  let names: string[] | undefined;
  for (const name of schemeNames ?? noNames) {
    const scheme = schemes[name];
    if (scheme?.type === "apiKey" && scheme.in === "header") (names ??= []).push(scheme.name);
  }
  return names ?? noNames;
}

const noNames: readonly string[] = [];

/** A Request sent without fetch's own redirect handling; 307 and 308 are followed with a fresh copy of its body. */
async function sendRequestFollowing(request: Request, sendRequest: (request: Request) => Promise<Response>, leave: LeaveOrigin, everyRedirect: boolean): Promise<Response> {
  const body = request.body === null ? undefined : await request.arrayBuffer();
  return sendFollowing(request.url, request.headers, (url, headers) => sendRequest(new Request(url, { method: request.method, headers, body, signal: request.signal, redirect: "manual" })), leave, everyRedirect);
}

/**
 * The base URL, checked once: absolute http(s) (or a path, in a browser), with no
 * credentials (fetch refuses them, and they would show in messages), query or fragment.
 * The message never quotes the URL: it may hold a password.
 */
function checkedBaseUrl(baseUrl: string | undefined): string {
  if (!baseUrl) throw new TypeError("createClient: `baseUrl` is required, because the spec names no server");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    if (baseUrl.startsWith("/") && typeof (globalThis as { location?: unknown }).location === "object") return baseUrl;
    throw new TypeError("createClient: `baseUrl` must be an absolute http(s) URL, such as https://api.example.com");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`createClient: \`baseUrl\` must be an http(s) URL, not ${url.protocol}`);
  if (url.username || url.password) throw new TypeError("createClient: `baseUrl` must not hold credentials (user:password@); pass the API token as `token`");
  if (url.search || url.hash) throw new TypeError("createClient: `baseUrl` must not have a query or fragment");
  return baseUrl;
}

/**
 * Credentials by scheme: `auth` as given, checked against the spec's schemes (a misspelt
 * name or a basic credential without a password fails here, not as a 401), and the token for
 * every bearer scheme that `auth` leaves out. Messages never quote a credential.
 */
function checkedCredentials(auth: Credentials | undefined, token: string | undefined, schemes: Readonly<Record<string, SecurityScheme>>): Credentials {
  const credentials: Record<string, Credential> = {};
  for (const [name, credential] of Object.entries(auth ?? {})) {
    if (credential === undefined) continue;
    const scheme = schemes[name];
    if (scheme === undefined) {
      const known = Object.keys(schemes);
      throw new TypeError(`createClient: auth.${name} is not a security scheme of this API; ${known.length > 0 ? `its schemes are ${known.join(", ")}` : "it declares none"}`);
    }
    const basic = scheme.type === "basic";
    const valid = basic ? typeof credential === "object" && credential !== null && typeof credential.username === "string" && typeof credential.password === "string" : typeof credential === "string";
    if (!valid) throw new TypeError(`createClient: auth.${name} must be ${basic ? "{ username, password }, two strings" : "a string"}`);
    if (typeof credential === "string" && (scheme.type === "bearer" || (scheme.type === "apiKey" && scheme.in === "header"))) refuseUnsendable(`auth.${name}`, credential);
    credentials[name] = credential;
  }
  if (token !== undefined) refuseUnsendable("`token`", token);
  if (token !== undefined) for (const [name, scheme] of Object.entries(schemes)) if (scheme.type === "bearer" && credentials[name] === undefined) credentials[name] = token;
  return credentials;
}

/** A credential fetch would refuse in a header, refused here: fetch's own error quotes the value. */
function refuseUnsendable(what: string, value: string): void {
  const fault = headerFault(value);
  if (fault) throw new TypeError(`createClient: ${what} ${fault}, which no HTTP header can carry (its value is not shown)`);
}

/** The logger, made unable to throw: a failure it reports must stay the outcome. */
function quiet(logger: Logger): Logger {
  return (line) => {
    try {
      logger(line);
    } catch {
      // The outcome it was told of is thrown instead.
    }
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A request as it may be shown: its body with sensitive values cut, and every form of them to cut from text. */
interface Shown {
  body: unknown;
  secrets: string[];
  /** Whether the body holds a sensitive value (a secret file, a password). */
  bodySecrets: boolean;
}

function redactedRequest(credentialForms: readonly string[], operation: Operation, parts: RequestParts): Shown {
  const secrets: string[] = [...credentialForms];
  let bodySecrets = false;
  const body = redactSensitive(operation.schema?.body, parts.body, (value, schema) => {
    bodySecrets = true;
    secrets.push(...secretForms(value, schema));
  });
  return { body, secrets: secretList(secrets), bodySecrets };
}

/** Connection failures where nothing reached the server: safe to retry for any method. */
const unsentCodes = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

/** A failure before the request could leave: no connection, or a TLS handshake that failed (a certificate refused), which comes before any byte of it. */
function neverSent(code: string): boolean {
  return unsentCodes.has(code) || /CERT|^ERR_TLS_|^ERR_SSL_|^UNABLE_TO_/.test(code);
}

/** Node's fetch wraps the socket error: `TypeError('fetch failed', { cause: { code } })`. */
function errorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

const noStyles: ParameterStyles = {};
const noViolations: readonly Violation[] = [];

const sentAsItIs = (body: unknown) => body;

/** The body's media type: the caller's choice among those the operation offers, else its default. */
function chosenMediaType(operation: Operation, contentType: string | undefined): string | undefined {
  if (contentType === undefined || contentType === (operation.mediaType ?? "application/json")) return operation.mediaType;
  if (!operation.mediaTypes?.includes(contentType)) {
    const offered = operation.mediaTypes ?? [operation.mediaType ?? "application/json"];
    throw new TypeError(`${operation.name}: contentType must be one of ${offered.map((type) => JSON.stringify(type)).join(", ")}, not ${JSON.stringify(contentType)}`);
  }
  return contentType;
}

/**
 * Method and path for messages; the path is serialized only when a message needs it, off the
 * hot path. A class: an object literal with a getter took 1.6 µs of every request to make.
 */
class LazyRequestLine implements RequestLine {
  readonly method: string;
  #path: string | undefined;

  constructor(
    private readonly operation: Operation,
    private readonly pathParams: Record<string, unknown>,
    private readonly styles: ParameterStyles,
  ) {
    this.method = operation.method.toUpperCase();
  }

  get path(): string {
    return (this.#path ??= serializePath(this.operation.path, this.pathParams, this.styles.path));
  }
}

/** Cookie parameters after any `Cookie` header of the caller's, one header as RFC 6265 asks. */
function addCookies(headers: Record<string, string>, cookies: string): void {
  const name = Object.keys(headers).find((key) => key.toLowerCase() === "cookie");
  if (name === undefined) headers.Cookie = cookies;
  else headers[name] = `${headers[name]}; ${cookies}`;
}

/**
 * A body the spec types only as `*\/*` (or a wildcard), read as its Content-Type says: JSON
 * parsed, text as a string, anything else as a Blob.
 */
async function readAuto(response: Response, data: unknown): Promise<[Operation["parseAs"], unknown]> {
  const type = response.headers.get("content-type") ?? "";
  if (!(data instanceof Blob)) return ["blob", data];
  if (/[/+]json\b/i.test(type)) return ["json", await data.text()];
  if (/^text\//i.test(type)) return ["text", await data.text()];
  return ["blob", data];
}

function readSuccess<T>(operation: Operation, parseAs: Operation["parseAs"], request: RequestLine, response: Response, data: unknown, validateResponse: boolean, sensitive: () => Shown): T {
  let body = data;
  if (data === undefined || data === "") {
    // An empty body (a 204, or Content-Length 0) where the output type promises one.
    if (operation.promisesBody && parseAs === "json") throw new InvalidResponseError(request, shownStatus(response, sensitive().secrets), [{ path: "(body)", rule: "required", message: "is empty, but the spec promises a body" }]);
    if (operation.promisesBody && parseAs === "text") return "" as T;
    if (operation.promisesBody && parseAs === "blob") return new Blob([]) as T;
  }
  if (parseAs === "json" && typeof data === "string") {
    try {
      body = data === "" ? undefined : JSON.parse(data);
    } catch {
      throw new InvalidResponseError(request, shownStatus(response, sensitive().secrets), [{ path: "(body)", rule: "json", message: "is not valid JSON" }]);
    }
  }
  // No body with a status that has none (a declared 204) is no violation: the output type admits undefined.
  if (validateResponse && operation.response && (body !== undefined || (response.status !== 204 && response.status !== 205))) {
    const violations = body === undefined ? [{ path: "(body)", rule: "required", message: "is empty" }] : validate(operation.response, body, "", "response");
    if (violations.length > 0) throw new InvalidResponseError(request, shownStatus(response, sensitive().secrets), violations);
  }
  return body as T;
}

/** Logs the request as it leaves, after openapi-fetch has built it: URL, headers, body. */
function requestLogger(logger: Logger, attempt: number, maxRetries: number, body: unknown, secrets: readonly string[]): Middleware {
  return {
    onRequest({ request }) {
      const url = new URL(request.url);
      logger(`-> ${request.method} ${url.origin}${url.pathname} (attempt ${attempt + 1} of ${maxRetries + 1}) headers: ${JSON.stringify(showHeaders(request.headers))} body: ${showBody(body, secrets)}`);
    },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
