/** What a dashboard page shows while it waits for FastAPI. */
export function PageLoading() {
  return (
    <p role="status" className="loading">
      Loading…
    </p>
  );
}
