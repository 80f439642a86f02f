import Link from "next/link";

export default function HomePage() {
  return (
    <main className="page narrow">
      <h1>Next FastAPI Auth</h1>
      <p>A Next.js front end for a FastAPI backend: sign up, sign in, and keep your session across pages.</p>
      <nav aria-label="Get started" className="actions">
        <Link className="button" href="/login">
          Sign in
        </Link>
        <Link className="button button-secondary" href="/register">
          Create an account
        </Link>
        <Link href="/dashboard">Go to your dashboard</Link>
      </nav>
    </main>
  );
}
