import { ArrowRight, KeyRound, MoonStar, ShieldCheck } from "lucide-react";
import Link from "next/link";

import { LogoMark, PRODUCT_NAME } from "@/components/brand/logo-mark";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

const FEATURES = [
  {
    icon: KeyRound,
    title: "Sessions without a database",
    description:
      "Better Auth cookies over FastAPI's tokens, refreshed on the server. No token reaches the browser.",
  },
  {
    icon: ShieldCheck,
    title: "Secure by default",
    description: "A nonce-based Content-Security-Policy, CSRF-checked actions, rate-limited sign-in.",
  },
  {
    icon: MoonStar,
    title: "Light and dark",
    description: "Follows your system, remembers your choice, and works on a phone.",
  },
];

export default function HomePage() {
  return (
    <div className="flex min-h-svh flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="flex items-center gap-2 font-semibold">
          <LogoMark className="size-7" />
          {PRODUCT_NAME}
        </span>
        <ThemeToggle />
      </header>
      <main className="mx-auto flex w-full max-w-5xl flex-1 flex-col items-center justify-center gap-12 px-6 py-16">
        <div className="flex max-w-2xl flex-col items-center gap-6 text-center">
          <LogoMark className="size-14" />
          <h1 className="text-4xl font-semibold tracking-tight text-balance sm:text-5xl">{PRODUCT_NAME}</h1>
          <p className="text-lg text-balance text-muted-foreground">
            A Next.js front end for a FastAPI backend: sign up, sign in, and keep your session across pages.
          </p>
          <nav aria-label="Get started" className="flex flex-wrap items-center justify-center gap-3">
            <Button asChild size="lg">
              <Link href="/login">Sign in</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/register">Create an account</Link>
            </Button>
            <Button asChild size="lg" variant="link">
              <Link href="/dashboard">
                Go to your dashboard
                <ArrowRight aria-hidden="true" />
              </Link>
            </Button>
          </nav>
        </div>
        <ul className="grid w-full gap-4 sm:grid-cols-3">
          {FEATURES.map(({ icon: Icon, title, description }) => (
            <li key={title}>
              <Card className="h-full gap-3">
                <CardHeader>
                  <Icon aria-hidden="true" className="mb-2 size-5 text-primary" />
                  <CardTitle>
                    <h2>{title}</h2>
                  </CardTitle>
                  <CardDescription>{description}</CardDescription>
                </CardHeader>
              </Card>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
