"use client";

import { useEffect } from "react";

import { announceSessionEnded } from "./session-channel";

/**
 * Rendered by the sign-in page when it was reached because the session ended (signed out, deleted, expired): by
 * then the cookies are gone, so the other tabs that follow to the sign-in page stay there.
 */
export function SessionEndedAnnouncer() {
  useEffect(() => announceSessionEnded(), []);
  return null;
}
