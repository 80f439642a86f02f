// The backend under test, as chosen by global-setup.ts.
import { inject } from "vitest";

export const target = inject("contract");
