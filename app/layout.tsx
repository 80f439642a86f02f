import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import { StyleNonce } from "@/components/security/style-nonce";
import { ThemeProvider } from "@/components/theme/theme-provider";
import { requestNonce } from "@/lib/security/request-nonce";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Next FastAPI Auth", template: "%s · Next FastAPI Auth" },
  description: "A Next.js front end for a FastAPI auth backend.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render every page per request: a prerendered page would carry no CSP nonce, and the browser would refuse
  // its scripts.
  await connection();
  const nonce = await requestNonce();
  return (
    // The theme script changes <html>'s class before React hydrates: that difference is expected.
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <body>
        <StyleNonce />
        <ThemeProvider nonce={nonce}>{children}</ThemeProvider>
      </body>
    </html>
  );
}
