/** Shown while a dashboard page waits for FastAPI. */
export default function DashboardLoading() {
  return (
    <p role="status" className="loading">
      Loading…
    </p>
  );
}
