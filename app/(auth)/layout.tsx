import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="page narrow">
      <p>
        <Link href="/">← Home</Link>
      </p>
      {children}
    </main>
  );
}
