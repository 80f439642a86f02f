// A throw-away self-signed certificate for 127.0.0.1, made with the openssl command for one test run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { TlsCredentials } from "../../../scripts/lib/nginx";

/** Valid for a day, for the IP address itself (browsers match an IP against the subjectAltName, not the CN). */
export function selfSignedCertificate(): TlsCredentials {
  const dir = mkdtempSync(join(tmpdir(), "tls-certificate-"));
  try {
    const certificateFile = join(dir, "certificate.pem");
    const keyFile = join(dir, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=127.0.0.1",
        "-addext",
        "subjectAltName=IP:127.0.0.1",
        "-keyout",
        keyFile,
        "-out",
        certificateFile,
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    return { certificate: readFileSync(certificateFile, "utf8"), key: readFileSync(keyFile, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
