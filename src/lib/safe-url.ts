// Reading addresses safely: whether a user-supplied one may become a link, and decoding a path segment.

export function isWebUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}

/** A percent-encoded path segment, decoded; undefined for a malformed escape (`%E0%A4%A`), which would throw. */
export function decodedPathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
