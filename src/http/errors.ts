import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { isUserError } from "../domain/errors.js";

// Stable error codes → HTTP status. A code not listed is a 400 (the user's input was wrong).
const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  STALE_VERSION: 409,
  ALREADY_EXISTS: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  STORAGE_UNAVAILABLE: 503,
  PDF_UNAVAILABLE: 503,
};

/** Maps every error to `{error: {code, message}}` with a Vietnamese message; hides internals of 500s. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (isUserError(error)) {
    reply.status(STATUS[error.code] ?? 400).send({
      error: {
        code: error.code,
        message: error.message,
        ...(error.location.field ? { field: error.location.field } : {}),
        ...(error.details !== undefined ? { details: error.details } : {}),
      },
    });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const field = first?.instancePath?.replace(/^\//, "").replaceAll("/", ".") || undefined;
    reply.status(400).send({
      error: {
        code: "INVALID_REQUEST",
        message: `Dữ liệu gửi lên không hợp lệ${field ? ` ở trường "${field}"` : ""}: ${first?.message ?? "sai định dạng"}`,
        ...(field ? { field } : {}),
        details: error.validation,
      },
    });
    return;
  }
  if (error.statusCode === 429) {
    reply.status(429).send({ error: { code: "RATE_LIMITED", message: "Quá nhiều yêu cầu, vui lòng thử lại sau." } });
    return;
  }
  if (error.statusCode === 413) {
    reply.status(413).send({ error: { code: "PAYLOAD_TOO_LARGE", message: "Tệp hoặc dữ liệu gửi lên quá lớn." } });
    return;
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    reply
      .status(error.statusCode)
      .send({ error: { code: error.code ?? "BAD_REQUEST", message: `Yêu cầu không hợp lệ: ${error.message}` } });
    return;
  }
  request.log.error(error);
  reply
    .status(500)
    .send({ error: { code: "INTERNAL", message: "Lỗi hệ thống, vui lòng thử lại hoặc báo quản trị viên." } });
}
