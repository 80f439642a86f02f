// Where browsers report Content-Security-Policy violations (the policy's report-uri).
import { receiveCspReport } from "@/lib/security/csp-reports";

export const POST = (request: Request) => receiveCspReport(request);
