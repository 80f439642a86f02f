import { cn } from "@/lib/utils";

/**
 * The product mark: a shield with a keyhole, in the theme's primary colour. Decorative wherever it stands next
 * to the product name; app/icon.svg is the same drawing in fixed colours for the favicon.
 */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
      className={cn("size-8 shrink-0", className)}
    >
      <rect width="32" height="32" rx="8" className="fill-primary" />
      <path
        d="M16 6.5 24 9.5v6.2c0 4.9-3.3 8.6-8 10.3-4.7-1.7-8-5.4-8-10.3V9.5Z"
        className="fill-primary-foreground"
      />
      <path
        d="M16 12.2a2.3 2.3 0 0 1 1.2 4.3l.7 4h-3.8l.7-4a2.3 2.3 0 0 1 1.2-4.3Z"
        className="fill-primary"
      />
    </svg>
  );
}

/** The product's name, in one place. */
export const PRODUCT_NAME = "Next FastAPI Auth";
