// The one way app code gets Zod: `zod/mini`, configured for the app's CSP. Import it as `import * as z from …`.
// zod/mini, not classic zod: form schemas ship to the browser, and mini's functions tree-shake where classic's
// chained methods pull in all of Zod (~20 KB gzip). Mini loads no locale, so every rule a form can reach carries
// its own message.
import { config } from "zod/mini";

// Zod probes `new Function` to compile fast validators; under our CSP (no 'unsafe-eval') the browser refuses it
// and reports a violation even though Zod falls back quietly. Interpreted validation is plenty for a form. Set
// here, in the module every schema takes `z` from, so no schema can be built before it holds.
config({ jitless: true });

export * from "zod/mini";
