// Reads request parts the way FastAPI/Starlette do: JSON bodies, forms, cookies and query parameters.
import { RequestValidationError } from "./errors";
import { ABSENT, integer, type Validated } from "./validation";

function isJsonContentType(contentType: string): boolean {
  const mediaType = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return (
    mediaType === "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))
  );
}

/** Python's json error position, best effort: V8 reports it for most syntax errors. */
function jsonErrorPosition(error: unknown, text: string): number {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return match?.[1] === undefined ? text.length : Number(match[1]);
}

/**
 * The body a JSON endpoint validates: parsed JSON, the raw text for other content types (it later fails
 * model validation), or ABSENT. FastAPI parses the body before running dependencies, so malformed JSON
 * is a 422 even without credentials.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === "") return ABSENT;
  const contentType = request.headers.get("content-type");
  if (contentType !== null && !isJsonContentType(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new RequestValidationError([
      {
        type: "json_invalid",
        loc: ["body", jsonErrorPosition(error, text)],
        msg: "JSON decode error",
        input: {},
        // Python's json module words its errors differently; this is its most common one.
        ctx: { error: "Expecting value" },
      },
    ]);
  }
}

/**
 * Starlette's `request.form()`: url-encoded or multipart, anything else reads as an empty form.
 * FastAPI 0.115.2 (the commit's uv.lock) passes an empty form value on as "": only a missing name is absent
 * (verified against the real backend; later FastAPI releases treat "" as absent).
 */
export async function readForm(request: Request): Promise<(name: string) => string | typeof ABSENT> {
  let form: FormData | undefined;
  try {
    form = await request.formData();
  } catch {
    form = undefined;
  }
  return (name) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : ABSENT;
  };
}

/** Starlette's cookie parser: `;`-separated pairs, surrounding quotes removed, the last duplicate wins. */
export function readCookie(request: Request, name: string): string | undefined {
  let found: string | undefined;
  for (const chunk of (request.headers.get("cookie") ?? "").split(";")) {
    const separator = chunk.indexOf("=");
    const key = separator === -1 ? "" : chunk.slice(0, separator).trim();
    if (key !== name) continue;
    const value = chunk.slice(separator + 1).trim();
    found = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  }
  return found;
}

/** A query parameter as FastAPI sees it: the last occurrence, or ABSENT. */
export function readQuery(request: Request, name: string): string | typeof ABSENT {
  return new URL(request.url).searchParams.getAll(name).at(-1) ?? ABSENT;
}

/** An `int` path parameter such as `{id}`; "abc" is a 422 `int_parsing` at `["path", name]`. */
export function integerPathParameter(name: string, value: string): Validated<number> {
  return integer().validate(value, ["path", name]);
}
