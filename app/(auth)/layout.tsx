import Link from "next/link";
import type { ReactNode } from "react";

import { LogoMark, PRODUCT_NAME } from "@/components/brand/logo-mark";
import { ThemeToggle } from "@/components/theme/theme-toggle";

/** Sign-in and sign-up: one centred card under the product's mark, which leads back home. */
export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <div className="relative flex min-h-svh flex-col items-center justify-center gap-6 bg-muted p-6 md:p-10">
      <div className="absolute top-4 right-4">
        <ThemeToggle />
      </div>
      <Link href="/" className="flex items-center gap-2 self-center font-semibold">
        <LogoMark className="size-8" />
        {PRODUCT_NAME}
      </Link>
      <main className="w-full max-w-sm">{children}</main>
    </div>
  );
}
