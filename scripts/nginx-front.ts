// The nginx front as a foreground command (Playwright's web server for the scale-out test); stops on SIGTERM/SIGINT.
import * as z from "zod";

import { startNginx } from "./lib/nginx";

const port = z.coerce.number().int().min(1).max(65535);
const env = z
  .object({
    NGINX_FRONT_PORT: port,
    /** Comma-separated ports of the app instances on 127.0.0.1. */
    NGINX_FRONT_UPSTREAMS: z.string().transform((list, context) => {
      const ports = list.split(",").map((item) => port.safeParse(item.trim()));
      if (ports.some((parsed) => !parsed.success)) {
        context.addIssue({ code: "custom", message: "expected comma-separated ports" });
        return z.NEVER;
      }
      return ports.map((parsed) => parsed.data ?? 0);
    }),
  })
  .parse(process.env);

// Same process group as this command: whoever stops the command's group stops nginx with it.
const front = await startNginx(env.NGINX_FRONT_PORT, env.NGINX_FRONT_UPSTREAMS, { inCallerGroup: true });
console.log(`nginx on ${front.url}, round-robin over ports ${env.NGINX_FRONT_UPSTREAMS.join(", ")}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void front.stop().finally(() => process.exit(0));
  });
}
