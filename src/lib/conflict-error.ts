// A change the data layer refuses before sending it, because FastAPI would answer it with a bare 500.

export class ConflictError extends Error {
  /** The form field the conflict is about, when there is one. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = "ConflictError";
    this.field = field;
  }
}
