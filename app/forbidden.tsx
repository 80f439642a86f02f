import Link from "next/link";

/** Rendered with status 403 when the data layer calls forbidden(): signed in, but not allowed here. */
export default function Forbidden() {
  return (
    <main className="page narrow">
      <h1>Access denied</h1>
      <p>This area is for administrators only.</p>
      <Link href="/dashboard">Back to the dashboard</Link>
    </main>
  );
}
