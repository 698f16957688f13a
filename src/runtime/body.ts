/**
 * How a request body of a given media type goes out. JSON is openapi-fetch's default; the
 * rest are set here so that the generated types (from the spec) tell the truth.
 */
export interface BodyEncoding {
  /** The Content-Type to send; undefined lets openapi-fetch or fetch decide. */
  contentType?: string;
  bodySerializer?: (body: unknown) => unknown;
}

export function bodyEncoding(mediaType: string | undefined): BodyEncoding {
  if (mediaType === undefined) return {};
  // fetch writes the multipart boundary into Content-Type itself.
  if (/^multipart\/form-data/i.test(mediaType)) return { bodySerializer: toFormData };
  // openapi-fetch turns an object into URLSearchParams when this exact Content-Type is set.
  if (/^application\/x-www-form-urlencoded/i.test(mediaType)) return { contentType: "application/x-www-form-urlencoded" };
  // Text and binary bodies go as given: a string, Blob, ArrayBuffer or stream.
  return { contentType: mediaType, bodySerializer: (body) => body };
}

/** An object's fields as multipart parts: Blobs as files, arrays as repeated parts, objects as JSON. */
function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(name, item);
      else form.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
