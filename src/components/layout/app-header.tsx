import Link from "next/link";

import { SignOutButton } from "@/components/auth/sign-out-button";

interface AppHeaderProps {
  name: string;
}

export function AppHeader({ name }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link href="/dashboard" className="brand">
        Next FastAPI Auth
      </Link>
      <span className="signed-in-as">Signed in as {name}</span>
      <SignOutButton />
    </header>
  );
}
