// Server-only: the one way pages, sections and actions reach FastAPI: who may ask, and what a failure becomes.
import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";

import { ok, type ActionResult } from "@/lib/action-result";
import { loginPathFor } from "@/lib/auth/login-notices";
import { accessDenied, sessionExpired, type RequestFailure } from "@/lib/request-failure";

import { failureOf, toActionFailure, type FieldNames } from "./failure";
import { confirmViewer, readViewer, type Confirmation, type Viewer } from "./viewer";

export type { Confirmation, Viewer } from "./viewer";

/** Who may make the request: any signed-in user (the default), or superusers only. */
export interface Access {
  role?: "user" | "superuser";
}

/** What a page got for one of its sections: the data, or the fact that the backend could not provide it. */
export type Section<T> = { status: "ok"; value: T } | { status: "unavailable" };

/**
 * The viewer of a page or layout: no session goes to the login page, a non-superuser on a superuser's page gets
 * the 403 page. The tokens are confirmed with FastAPI too (once per request): layouts and pages render in
 * parallel, so the layout's check cannot stop a page from reading (FastAPI's public reads need no token) for a
 * session whose tokens FastAPI refuses.
 */
export async function viewerForPage({ role = "user" }: Access = {}): Promise<Viewer> {
  const viewer = await readViewer();
  if (!viewer) redirect("/login");
  if (role === "superuser" && !viewer.isSuperuser) forbidden();
  await confirmViewer();
  return viewer;
}

/** FastAPI's copy of the viewer (fresher than the session's), for the layout and the pages that show it. */
export async function currentUser(access?: Access): Promise<Confirmation> {
  await viewerForPage(access);
  return confirmViewer();
}

/** How a page shows a failure it cannot show in place: the login page, the 404 or 403 page, or the error boundary. */
function renderFailure(failure: RequestFailure, error: unknown): never {
  switch (failure.reason) {
    case "session-expired":
      redirect(loginPathFor("session-expired"));
    case "not-found":
      notFound();
    case "forbidden":
      forbidden();
    default:
      // The segment's error boundary, which offers a retry; the original error keeps its stack for the logs.
      throw error;
  }
}

/** A read that is the whole of its page: an unknown id is the 404 page, a backend failure the error boundary. */
export async function forPage<T>(read: (viewer: Viewer) => Promise<T>, access?: Access): Promise<T> {
  const viewer = await viewerForPage(access);
  try {
    return await read(viewer);
  } catch (error) {
    renderFailure(failureOf(error), error);
  }
}

/**
 * A read for one section of a page: a backend that is down, slow or answering 500 (as several routes do at
 * b88fe20) makes only this section unavailable, and the rest of the page renders. Other failures are the page's.
 */
export async function forSection<T>(
  read: (viewer: Viewer) => Promise<T>,
  access?: Access,
): Promise<Section<T>> {
  const viewer = await viewerForPage(access);
  try {
    return { status: "ok", value: await read(viewer) };
  } catch (error) {
    const failure = failureOf(error);
    if (failure.reason === "unavailable") return { status: "unavailable" };
    renderFailure(failure, error);
  }
}

/**
 * The work of a server action: refused before any backend call without a session or the role, and every failure
 * is a typed result, so the form keeps what the user typed. `fields` maps FastAPI's 422 field names to the form's.
 *
 *     export const createMyPost = (input: PostInput) =>
 *       forAction((viewer) => createPost(viewer.username, input), { fields: { media_url: "mediaUrl" } });
 */
export async function forAction<T>(
  work: (viewer: Viewer) => Promise<T>,
  { role = "user", fields }: Access & { fields?: FieldNames } = {},
): Promise<ActionResult<T>> {
  try {
    const viewer = await readViewer();
    if (!viewer) throw sessionExpired();
    if (role === "superuser" && !viewer.isSuperuser) throw accessDenied();
    return ok(await work(viewer));
  } catch (error) {
    return toActionFailure(failureOf(error, fields));
  }
}
