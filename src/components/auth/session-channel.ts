"use client";
// Tells the other tabs of this browser that the session ended, so they leave their pages for the sign-in page at
// once. The message carries no token, no name: only that the session is over.

const CHANNEL_NAME = "next-fastapi-auth:session";
const SESSION_ENDED = "session-ended";

/** Browsers without BroadcastChannel (or with storage blocked) simply do not hear from other tabs. */
function openChannel(): BroadcastChannel | undefined {
  try {
    return typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return undefined;
  }
}

export function announceSessionEnded(): void {
  const channel = openChannel();
  channel?.postMessage(SESSION_ENDED);
  channel?.close();
}

/** Calls `onEnded` when another tab announces that the session ended; returns the unsubscribe. */
export function onSessionEndedElsewhere(onEnded: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === SESSION_ENDED) onEnded();
  };
  return () => channel.close();
}
