import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Next FastAPI Auth", template: "%s · Next FastAPI Auth" },
  description: "A Next.js front end for a FastAPI auth backend.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render every page per request: a prerendered page would carry no CSP nonce, and the browser would refuse
  // its scripts.
  await connection();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body>{children}</body>
    </html>
  );
}
