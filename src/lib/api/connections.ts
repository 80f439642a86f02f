// Server-only: the pool of connections to FastAPI, closed before the server would close them under a request.
import "server-only";

import { Agent } from "undici";

/**
 * How long an idle connection to FastAPI is kept for the next call. Servers drop idle keep-alive connections
 * after a few seconds (uvicorn 5 s, gunicorn, the FastAPI-boilerplate's production server, 2 s); a request written
 * on one as it is dropped fails with "other side closed" before FastAPI reads it, and the user is told the service
 * is unavailable. Node's default of 4 s is past gunicorn's, and only 1 s short of uvicorn's, a margin a busy event
 * loop can miss. One second stays under both, and a connection made anew costs a loopback or LAN handshake.
 */
const IDLE_CONNECTION_MS = 1_000;

export const fastapiConnections = new Agent({
  keepAliveTimeout: IDLE_CONNECTION_MS,
  keepAliveMaxTimeout: IDLE_CONNECTION_MS,
});
