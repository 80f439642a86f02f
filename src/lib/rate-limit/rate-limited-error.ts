// Thrown by the data layer when an attempt must wait: the action turns it into a "rate-limited" result.

export class RateLimitedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RateLimitedError";
  }
}
