/** Where a user error happened: a file and line, a field, or both. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

/**
 * An error the user can cause and fix: a stable code (mapped to an HTTP status at the edge), a Vietnamese
 * message and, when known, where. Programming errors are plain Errors.
 */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly location: ErrorLocation = {},
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** True for errors that carry a stable code and a message meant for the user. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
