// Server-only: reads one section of a page, so a section FastAPI cannot serve says so while the rest renders.
import "server-only";

import { ApiError } from "@/lib/api/errors";

import { readForPage } from "./page-read";

/** What a page got for one of its sections: the data, or the fact that the backend could not provide it. */
export type Section<T> = { status: "ok"; value: T } | { status: "unavailable" };

/**
 * readForPage() for one section: a 404 still renders the not-found page and an ended session still goes back to
 * login, but a backend that is down, slow or answering 500 (as several routes do at b88fe20) makes only this
 * section unavailable. The page renders what it could read, and the user stays signed in.
 */
export async function readSection<T>(read: () => Promise<T>): Promise<Section<T>> {
  try {
    return { status: "ok", value: await readForPage(read) };
  } catch (error) {
    if (error instanceof ApiError && error.isTransient) return { status: "unavailable" };
    throw error;
  }
}
