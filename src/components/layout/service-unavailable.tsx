/** Shown in place of a page whose data could not be loaded because the backend is down, slow or wrong. */
export function ServiceUnavailable() {
  return (
    <section role="alert" className="notice notice-error">
      <h1>Service unavailable</h1>
      <p>
        We could not reach the service just now. You are still signed in; please reload the page in a moment.
      </p>
    </section>
  );
}
