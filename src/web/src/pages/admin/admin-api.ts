import type {
  CreateIndicatorBody,
  Indicator,
  RemoveIndicatorResult,
  UpdateIndicatorBody,
} from "../../../../contract/indicators.js";
import type { RegimeDetail, UpdateRegimeSettingsBody } from "../../../../contract/regimes.js";
import type { CreateDivisionBody, RenameUnitBody, UnitDetail } from "../../../../contract/units.js";
import type {
  CreateUserBody,
  ListUsersQuery,
  UpdateUserBody,
  UserList,
  UserSummary,
} from "../../../../contract/users.js";
import { apiGet, apiSend } from "../../api.js";

/** The administration API, typed by the contract. */
export const adminApi = {
  listUsers: (query: Partial<Record<keyof ListUsersQuery, string>>, signal?: AbortSignal) =>
    apiGet<UserList>("/users", { ...query, limit: "500" }, signal),
  createUser: (body: CreateUserBody) => apiSend<UserSummary>("POST", "/users", body),
  updateUser: (id: number, body: UpdateUserBody) => apiSend<UserSummary>("PATCH", `/users/${id}`, body),
  resetPassword: (id: number, password: string) => apiSend<UserSummary>("PUT", `/users/${id}/password`, { password }),
  createIndicator: (body: CreateIndicatorBody) => apiSend<Indicator>("POST", "/indicators", body),
  updateIndicator: (code: string, body: UpdateIndicatorBody) =>
    apiSend<Indicator>("PUT", `/indicators/${encodeURIComponent(code)}`, body),
  removeIndicator: (code: string) =>
    apiSend<RemoveIndicatorResult>("DELETE", `/indicators/${encodeURIComponent(code)}`),
  addDivision: (body: CreateDivisionBody) => apiSend<UnitDetail>("POST", "/units", body),
  renameUnit: (code: string, body: RenameUnitBody) =>
    apiSend<UnitDetail>("POST", `/units/${encodeURIComponent(code)}/names`, body),
  endUnit: (code: string, validTo: string) =>
    apiSend<UnitDetail>("POST", `/units/${encodeURIComponent(code)}/end`, { validTo }),
  updateRegimeSettings: (code: string, body: UpdateRegimeSettingsBody) =>
    apiSend<RegimeDetail>("PUT", `/regimes/${encodeURIComponent(code)}/settings`, body),
};
