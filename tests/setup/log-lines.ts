// Captures the app's log lines for a test to read: src/lib/server-log.ts writes each as one line on stdout.
import { vi } from "vitest";

export function captureLogLines(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split("\n").filter(Boolean));
    return true;
  });
  return { lines, restore: () => spy.mockRestore() };
}
