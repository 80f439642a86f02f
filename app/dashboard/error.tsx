"use client";

/**
 * A dashboard page whose data could not be loaded (backend down, slow, or answering 500). The header and the
 * session stay; `retry` fetches the page again from the server.
 */
export default function DashboardError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <section role="alert" className="notice notice-error">
      <h1>This page could not be loaded</h1>
      <p>The service may be unavailable right now. You are still signed in.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </section>
  );
}
