import Link from "next/link";

export default function DashboardNotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is nothing here. It may have been deleted, or the address is wrong.</p>
      <Link href="/dashboard">Back to the dashboard</Link>
    </>
  );
}
