import Link from "next/link";

export default function NotFound() {
  return (
    <main className="page narrow">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link href="/">Back to the home page</Link>
    </main>
  );
}
