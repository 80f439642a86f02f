// The one error that means "sign in again": FastAPI refused both the access token and a refresh.

export class SessionExpiredError extends Error {
  constructor() {
    super("Your session has ended. Please sign in again.");
    this.name = "SessionExpiredError";
  }
}
