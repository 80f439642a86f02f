"use client";

/** Last-resort boundary: a message and a way to retry, never a stack trace. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main className="page narrow">
      <h1>Something went wrong</h1>
      <p>The page could not be shown. The service may be unavailable; please try again.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </main>
  );
}
