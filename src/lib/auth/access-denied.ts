// The error for "signed in, but not allowed": raised by the data layer before any backend call is made.

export class AccessDeniedError extends Error {
  constructor(message = "Only administrators can do this.") {
    super(message);
    this.name = "AccessDeniedError";
  }
}
