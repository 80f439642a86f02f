"use client";

import { setNonce } from "get-nonce";

/**
 * Radix's dialogs and menus lock page scrolling with a `<style>` element they add at run time (through
 * react-remove-scroll). Handing them the document's CSP nonce lets the browser apply it; without it the policy
 * refuses the style and reports a violation. The nonce is read from the page's own scripts, not from props:
 * after a client-side navigation the props carry the nonce of a later request, while the document keeps the
 * policy it was loaded with.
 */
export function StyleNonce() {
  if (typeof document !== "undefined") {
    const nonce = document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce;
    if (nonce) setNonce(nonce);
  }
  return null;
}
