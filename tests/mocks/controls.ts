// Test-only knobs of the mock backend: token lifetimes and latency, injected faults, per-route call counts.
import { delay, HttpResponse } from "msw";
import * as z from "zod";
import { internalServerError } from "./framework/errors";
import { requestPath, type RouteKey } from "./framework/routing";

const settingsShape = {
  accessTokenTtlSeconds: z.number().int().positive(),
  refreshTokenTtlSeconds: z.number().int().positive(),
  /**
   * Lifetime of the access tokens `/login` mints, when it differs from the one `/refresh` mints: a test can sign in
   * with a token that needs a refresh at once and get a long-lived one from that refresh, however long it all takes.
   */
  loginAccessTokenTtlSeconds: z.number().int().positive().optional(),
  /** Fixed latency added to every API response. */
  latencyMs: z.number().int().nonnegative(),
};

const settingsSchema = z.strictObject(settingsShape);
export const settingsPatchSchema = settingsSchema.partial();
export type MockBackendSettings = z.infer<typeof settingsSchema>;

export const faultsSchema = z.strictObject({
  /** error: 500 text/plain; hang: never answer; garbage: 200 with a body no client can parse. */
  mode: z.enum(["off", "error", "hang", "garbage"]),
  latencyMs: z.number().int().nonnegative().optional(),
  /** Limits the fault to requests whose route key or path contains this text. */
  match: z.string().min(1).optional(),
});
export type MockFaults = z.infer<typeof faultsSchema>;

/** The defaults of the real backend: ACCESS_TOKEN_EXPIRE_MINUTES=30, REFRESH_TOKEN_EXPIRE_DAYS=7. */
const DEFAULT_SETTINGS: MockBackendSettings = {
  accessTokenTtlSeconds: 30 * 60,
  refreshTokenTtlSeconds: 7 * 24 * 60 * 60,
  latencyMs: 0,
};

const NO_FAULTS: MockFaults = { mode: "off" };

/** Validates a settings patch; keys given as undefined are dropped so they never mask a default. */
function parseSettingsPatch(patch: Partial<MockBackendSettings>): Partial<MockBackendSettings> {
  const parsed = settingsPatchSchema.parse(patch);
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

export class Controls {
  readonly #defaults: MockBackendSettings;
  #overrides: Partial<MockBackendSettings> = {};
  #faults: MockFaults = NO_FAULTS;
  #calls = new Map<RouteKey, number>();

  /** `options` override DEFAULT_SETTINGS for the backend's whole life; reset() returns to them. */
  constructor(options: Partial<MockBackendSettings> = {}) {
    this.#defaults = { ...DEFAULT_SETTINGS, ...parseSettingsPatch(options) };
  }

  get settings(): MockBackendSettings {
    return { ...this.#defaults, ...this.#overrides };
  }

  get faults(): MockFaults {
    return this.#faults;
  }

  setSettings(patch: Partial<MockBackendSettings>): void {
    this.#overrides = { ...this.#overrides, ...parseSettingsPatch(patch) };
  }

  setFaults(faults: MockFaults): void {
    this.#faults = faultsSchema.parse(faults);
  }

  recordCall(key: RouteKey): void {
    this.#calls.set(key, (this.#calls.get(key) ?? 0) + 1);
  }

  stats(): Record<string, number> {
    return Object.fromEntries(this.#calls);
  }

  reset(): void {
    this.#overrides = {};
    this.#faults = NO_FAULTS;
    this.#calls.clear();
  }

  /** Applies latency and any matching fault; returns the fault's response, or undefined to proceed. */
  async intercept(request: Request, key?: RouteKey): Promise<Response | undefined> {
    const fault = this.#faultFor(request, key);
    const latencyMs = this.settings.latencyMs + (fault?.latencyMs ?? 0);
    if (latencyMs > 0) await delay(latencyMs);

    switch (fault?.mode) {
      case "error":
        return internalServerError();
      case "hang":
        // Never settles. No timer is involved, so a hung request keeps no process alive.
        return new Promise<never>(() => {});
      case "garbage":
        return HttpResponse.text("<html><body><h1>502 Bad Gateway</h1></body></html>", {
          status: 200,
          headers: { "content-type": "application/json" },
        });
      default:
        return undefined;
    }
  }

  #faultFor(request: Request, key: RouteKey | undefined): MockFaults | undefined {
    const { match } = this.#faults;
    if (match === undefined) return this.#faults;
    const applies = (key?.includes(match) ?? false) || requestPath(request).includes(match);
    return applies ? this.#faults : undefined;
  }
}
