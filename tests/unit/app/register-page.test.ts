import { isHTTPAccessFallbackError } from "next/dist/client/components/http-access-fallback/http-access-fallback";
import { afterEach, describe, expect, it, vi } from "vitest";

// The form is not under test here, only the page's gate; stubbing it also keeps Better Auth (and its OIDC
// discovery) from loading.
vi.mock("@/components/auth/register-form", () => ({ RegisterForm: () => null }));

// The page reads `env` when its module loads, so each case loads it afresh under its own environment.
async function renderRegisterPage(environment: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(environment)) vi.stubEnv(name, value);
  const { default: RegisterPage } = await import("../../../app/(auth)/register/page");
  return RegisterPage();
}

afterEach(() => vi.unstubAllEnvs());

describe("the sign-up page", () => {
  it("is there while the password login is on", async () => {
    await expect(renderRegisterPage({ PASSWORD_LOGIN_ENABLED: "true" })).resolves.toBeTruthy();
  });

  it("is a 404 when everyone signs in with the OIDC provider", async () => {
    const rendering = renderRegisterPage({
      PASSWORD_LOGIN_ENABLED: "false",
      OIDC_ISSUER: "https://keycloak.example/realms/app",
      OIDC_CLIENT_ID: "next-app",
      OIDC_CLIENT_SECRET: "client-secret",
    });
    await expect(rendering).rejects.toSatisfy(isHTTPAccessFallbackError);
    await expect(rendering).rejects.toMatchObject({ digest: expect.stringMatching(/;404$/) });
  });
});
