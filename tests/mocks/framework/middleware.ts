// The boilerplate's middleware stack around every endpoint: exception handling, then ClientCacheMiddleware.
import { errorResponse, internalServerError, UnhandledServerError } from "./errors";

/** `CLIENT_CACHE_MAX_AGE` defaults to 60 s; the header lands even on tokens and 4xx answers. */
const CACHE_CONTROL = "public, max-age=60";

/**
 * Runs an endpoint and shapes its outcome like FastAPI: raised exceptions become their responses, and
 * every response that completes normally gets Cache-Control. Unhandled 500s never pass through the
 * cache middleware, so they don't.
 */
export async function runEndpoint(endpoint: () => Response | Promise<Response>): Promise<Response> {
  let response: Response;
  try {
    response = await endpoint();
  } catch (error) {
    if (error instanceof UnhandledServerError) return internalServerError();
    response = errorResponse(error);
  }
  response.headers.set("cache-control", CACHE_CONTROL);
  return response;
}
