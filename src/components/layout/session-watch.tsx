"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

import { onSessionEndedElsewhere } from "@/components/auth/session-channel";

/**
 * Keeps a dashboard tab from showing a session that ended elsewhere: another tab's sign-out sends it to the sign-in
 * page at once, and coming back to the foreground re-renders it on the server, which confirms the session with
 * FastAPI (revoked, expired or signed out on another device: the sign-in page; alive: fresh data).
 */
export function SessionWatch() {
  const router = useRouter();
  useEffect(() => {
    const stopListening = onSessionEndedElsewhere(() => window.location.replace("/login?reason=signed-out"));
    const onVisible = () => {
      if (document.visibilityState === "visible") router.refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopListening();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [router]);
  return null;
}
