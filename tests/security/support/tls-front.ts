// The app in its production cookie profile: the standalone server with an https APP_URL, behind nginx terminating TLS.
import { startNginx } from "../../../scripts/lib/nginx";
import { freePort } from "../../setup/free-port";

import { appEnv, suite } from "./app-env";
import { startNextApp } from "./next-app";
import { selfSignedCertificate } from "./self-signed-certificate";

export interface TlsFront {
  /** The public https origin, nginx's. */
  url: string;
  stop(): Promise<void>;
}

/** Starts the pair and waits for both; stops whatever started if the other fails. */
export async function startTlsFront(): Promise<TlsFront> {
  // The app's public URL names nginx's port, so that port is chosen before the app starts.
  const port = await freePort();
  const app = await startNextApp({
    name: "https",
    logDir: suite.logDir(),
    env: appEnv({ FASTAPI_URL: suite.mockUrl(), APP_URL: `https://127.0.0.1:${port}` }),
  });
  try {
    const front = await startNginx(port, [app.port], { tls: selfSignedCertificate() });
    return {
      url: front.url,
      stop: async () => {
        await front.stop();
        await app.stop();
      },
    };
  } catch (error) {
    await app.stop();
    throw error;
  }
}
