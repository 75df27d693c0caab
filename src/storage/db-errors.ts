import { UserError } from "../domain/errors.js";

/** SQLSTATE codes of the constraint violations a user can cause. */
const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";

interface DatabaseErrorLike {
  code: string;
  constraint?: string;
}

function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";
}

/** Vietnamese messages for the violations one statement can raise. */
export interface ViolationMessages {
  /** A unique key already taken: ALREADY_EXISTS. */
  unique?: string;
  /** A reference to a row that does not exist: INVALID_REFERENCE. */
  foreignKey?: string;
  field?: string;
}

/**
 * Turns a unique or foreign-key violation into a UserError (ALREADY_EXISTS / INVALID_REFERENCE) with a
 * Vietnamese message; anything else is rethrown as it is (a programming error).
 */
export function translateDbError(error: unknown, messages: ViolationMessages): never {
  if (isDatabaseError(error)) {
    const location = messages.field ? { field: messages.field } : {};
    const details = error.constraint ? { constraint: error.constraint } : undefined;
    if (error.code === UNIQUE_VIOLATION) {
      throw new UserError("ALREADY_EXISTS", messages.unique ?? "Dữ liệu này đã tồn tại.", location, details);
    }
    if (error.code === FOREIGN_KEY_VIOLATION) {
      throw new UserError(
        "INVALID_REFERENCE",
        messages.foreignKey ?? "Dữ liệu tham chiếu tới một bản ghi không tồn tại.",
        location,
        details,
      );
    }
  }
  throw error;
}

/** Runs one statement, translating constraint violations with `messages` (see translateDbError). */
export async function withViolations<T>(messages: ViolationMessages, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    translateDbError(error, messages);
  }
}

/** The standard "not found" error, with a Vietnamese message naming what was looked for. */
export function notFound(what: string, field?: string): UserError {
  return new UserError("NOT_FOUND", `Không tìm thấy ${what}.`, field ? { field } : {});
}
