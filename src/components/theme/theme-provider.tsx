"use client";

import { ThemeProvider as NextThemesProvider } from "next-themes";
import type { ReactNode } from "react";

interface ThemeProviderProps {
  /** The request's CSP nonce: next-themes renders an inline script that sets the theme before first paint. */
  nonce: string | undefined;
  children: ReactNode;
}

/**
 * Light, dark or the system's choice (the default), kept in localStorage. The theme's class lands on <html>
 * from an inline script that runs before the page paints, so a dark page never flashes light.
 */
export function ThemeProvider({ nonce, children }: ThemeProviderProps) {
  return (
    <NextThemesProvider attribute="class" defaultTheme="system" enableSystem nonce={nonce}>
      {children}
    </NextThemesProvider>
  );
}
