import { type FormEvent, useEffect, useRef, useState } from "react";
import type { UserSummary } from "../../../../contract/users.js";
import { passwordProblem } from "../../../../domain/password-rules.js";
import type { Role } from "../../../../domain/records.js";
import { ApiError, api } from "../../api.js";
import { Empty, ErrorBox, Loading } from "../../components/status.js";
import { useI18n } from "../../i18n/index.js";
import { useApi } from "../../use-api.js";
import { adminApi } from "./admin-api.js";
import { AdminShell, FieldError } from "./admin-shell.js";
import { type PickableUnit, pickableUnits, UnitPicker } from "./unit-picker.js";

const ROLES: Role[] = ["specialist", "office", "leader", "receiver", "admin"];
type Errors = Record<string, string>;

/** The server's error placed on its field when it names one, otherwise shown above the form. */
function serverErrors(error: unknown): Errors {
  if (error instanceof ApiError) return { [error.field ?? "_form"]: error.message };
  return { _form: String(error) };
}

/** Users: search without diacritics, create, edit name and roles, disable or enable, reset the password. */
export function UsersPage() {
  const { t } = useI18n();
  const [q, setQ] = useState("");
  const [search, setSearch] = useState("");
  const [role, setRole] = useState("");
  const [active, setActive] = useState("");
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<UserSummary | "new" | null>(null);
  const [resetting, setResetting] = useState<UserSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const users = useApi(
    (signal) =>
      adminApi.listUsers({ q: search || undefined, role: role || undefined, active: active || undefined }, signal),
    [search, role, active, reload],
  );
  const units = useApi((signal) => api.listUnits({ limit: 2000 }, signal), []);
  const pickable = units.status === "ready" ? pickableUnits(units.data.items) : [];
  const done = (message: string) => {
    setNotice(message);
    setEditing(null);
    setResetting(null);
    setReload((n) => n + 1);
  };
  const toggle = async (user: UserSummary) => {
    if (user.isActive && !window.confirm(t.admin.users.confirmDisable(user.displayName))) return;
    setActionError(null);
    try {
      await adminApi.updateUser(user.id, { isActive: !user.isActive });
      done(t.admin.saved);
    } catch (error) {
      setActionError(error instanceof ApiError ? error : new ApiError(0, "CLIENT", String(error)));
    }
  };

  return (
    <AdminShell>
      <section className="panel">
        <form
          className="toolbar"
          onSubmit={(e) => {
            e.preventDefault();
            setSearch(q.trim());
          }}
        >
          <input
            type="search"
            className="input grow"
            value={q}
            placeholder={t.admin.users.search}
            aria-label={t.admin.users.search}
            onChange={(e) => setQ(e.target.value)}
          />
          <select
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value)}
            aria-label={t.admin.users.role}
          >
            <option value="">{`${t.admin.users.role}: ${t.common.all}`}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t.session.roles[r]}
              </option>
            ))}
          </select>
          <select
            className="input"
            value={active}
            onChange={(e) => setActive(e.target.value)}
            aria-label={t.admin.users.status}
          >
            <option value="">{`${t.admin.users.status}: ${t.common.all}`}</option>
            <option value="true">{t.admin.users.active}</option>
            <option value="false">{t.admin.users.disabled}</option>
          </select>
          <button type="submit" className="button">
            {t.common.search}
          </button>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setNotice(null);
              setEditing("new");
            }}
          >
            {t.admin.users.add}
          </button>
        </form>
        {notice ? (
          <div className="alert alert-info" role="status">
            {notice}
          </div>
        ) : null}
        {actionError ? <ErrorBox error={actionError} /> : null}
        {editing ? (
          <UserForm
            key={editing === "new" ? "new" : editing.id}
            user={editing === "new" ? null : editing}
            units={pickable}
            onCancel={() => setEditing(null)}
            onSaved={(user) => done(editing === "new" ? t.admin.users.created(user.username) : t.admin.saved)}
          />
        ) : null}
        {resetting ? (
          <PasswordForm
            user={resetting}
            onCancel={() => setResetting(null)}
            onSaved={() => done(t.admin.users.passwordSet(resetting.username))}
          />
        ) : null}
        {users.status === "error" ? <ErrorBox error={users.error} /> : null}
        {users.status === "loading" && !users.data ? <Loading /> : null}
        {users.status === "ready" && users.data.items.length === 0 ? <Empty>{t.admin.users.empty}</Empty> : null}
        {users.status === "ready" && users.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table" data-testid="users-table">
              <thead>
                <tr>
                  <th>{t.admin.users.username}</th>
                  <th>{t.admin.users.displayName}</th>
                  <th>{t.admin.users.roles}</th>
                  <th>{t.admin.users.status}</th>
                  <th>{t.admin.users.actions}</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((u) => (
                  <tr key={u.id} data-username={u.username}>
                    <td className="mono small">{u.username}</td>
                    <td>{u.displayName}</td>
                    <td className="small">
                      {u.roles.map((r) => (
                        <div key={`${r.role}@${r.unitCode}`}>
                          {t.session.roles[r.role]} · <span className="mono">{r.unitCode}</span>
                        </div>
                      ))}
                    </td>
                    <td>
                      <span className={u.isActive ? "badge badge-quiet" : "badge badge-warn"}>
                        {u.isActive ? t.admin.users.active : t.admin.users.disabled}
                      </span>
                    </td>
                    <td className="row-actions">
                      <button type="button" className="button small-button" onClick={() => setEditing(u)}>
                        {t.admin.edit}
                      </button>
                      <button type="button" className="button small-button" onClick={() => setResetting(u)}>
                        {t.admin.users.resetPassword}
                      </button>
                      <button type="button" className="button small-button" onClick={() => toggle(u)}>
                        {u.isActive ? t.admin.users.disable : t.admin.users.enable}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </AdminShell>
  );
}

interface RoleRow {
  role: Role;
  unitCode: string;
}

/** Creates an account (user null) or edits one's full name and roles, with inline Vietnamese messages. */
function UserForm({
  user,
  units,
  onCancel,
  onSaved,
}: {
  user: UserSummary | null;
  units: readonly PickableUnit[];
  onCancel(): void;
  onSaved(user: UserSummary): void;
}) {
  const { t } = useI18n();
  const [username, setUsername] = useState(user?.username ?? "");
  const [displayName, setDisplayName] = useState(user?.displayName ?? "");
  const [password, setPassword] = useState("");
  const [roles, setRoles] = useState<RoleRow[]>(
    user ? user.roles.map((r) => ({ ...r })) : [{ role: "specialist", unitCode: "" }],
  );
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a row far down the list: bring the form into view.
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, []);

  const validate = (): Errors => {
    const found: Errors = {};
    if (!user && !/^[a-z0-9._-]{2,64}$/.test(username.trim().toLowerCase())) {
      found.username = t.admin.users.usernameInvalid;
    }
    if (!displayName.trim()) found.displayName = t.admin.users.nameRequired;
    if (!user) {
      const problem = passwordProblem(password, username);
      if (problem) found.password = problem;
    }
    if (roles.length === 0) found.roles = t.admin.users.rolesRequired;
    roles.forEach((r, i) => {
      if (!r.unitCode) found[`roles[${i}].unitCode`] = t.admin.users.unitRequired;
    });
    return found;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = user
        ? await adminApi.updateUser(user.id, { displayName: displayName.trim(), roles })
        : await adminApi.createUser({
            username: username.trim().toLowerCase(),
            displayName: displayName.trim(),
            password,
            roles,
          });
      onSaved(saved);
    } catch (error) {
      setErrors(serverErrors(error));
      setBusy(false);
    }
  };

  const setRole = (i: number, change: Partial<RoleRow>) =>
    setRoles((rows) => rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const invalid = (key: string) => (errors[key] ? true : undefined);
  // A corrected field loses its message at once (the rest stay until the next submit).
  const clear = (key: string) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const { [key]: _gone, ...rest } = current;
      return rest;
    });

  return (
    <form
      ref={formRef}
      className="admin-form"
      onSubmit={submit}
      noValidate
      aria-label={user ? t.admin.users.editTitle(user.username) : t.admin.users.newTitle}
    >
      <h2 className="panel-title">{user ? t.admin.users.editTitle(user.username) : t.admin.users.newTitle}</h2>
      {errors._form ? (
        <div className="alert alert-error" role="alert">
          {errors._form}
        </div>
      ) : Object.keys(errors).length > 0 ? (
        <div className="alert alert-error" role="alert">
          {t.admin.fixErrors}
        </div>
      ) : null}
      <div className="form-grid">
        {user ? null : (
          <label className="field">
            <span>{t.admin.users.username}</span>
            <input
              className="input"
              name="username"
              autoComplete="off"
              spellCheck={false}
              value={username}
              aria-invalid={invalid("username")}
              aria-describedby="user-username-error"
              onChange={(e) => {
                setUsername(e.target.value);
                clear("username");
              }}
            />
            <span className="hint">{t.admin.users.usernameHint}</span>
            <FieldError id="user-username-error" message={errors.username} />
          </label>
        )}
        <label className="field">
          <span>{t.admin.users.displayName}</span>
          <input
            className="input"
            name="displayName"
            value={displayName}
            aria-invalid={invalid("displayName")}
            aria-describedby="user-name-error"
            onChange={(e) => {
              setDisplayName(e.target.value);
              clear("displayName");
            }}
          />
          <FieldError id="user-name-error" message={errors.displayName} />
        </label>
        {user ? null : (
          <label className="field">
            <span>{t.admin.users.password}</span>
            <input
              className="input"
              name="password"
              type="password"
              autoComplete="new-password"
              value={password}
              aria-invalid={invalid("password")}
              aria-describedby="user-password-error"
              onChange={(e) => {
                setPassword(e.target.value);
                clear("password");
              }}
            />
            <span className="hint">{t.admin.users.passwordHint}</span>
            <FieldError id="user-password-error" message={errors.password} />
          </label>
        )}
      </div>
      <fieldset className="role-rows">
        <legend>{t.admin.users.roles}</legend>
        {roles.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
          <div className="role-row" key={i}>
            <select
              className="input"
              value={r.role}
              aria-label={t.admin.users.role}
              onChange={(e) => setRole(i, { role: e.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t.session.roles[role]}
                </option>
              ))}
            </select>
            <UnitPicker
              id={`role-unit-${i}`}
              units={units}
              value={r.unitCode}
              invalid={invalid(`roles[${i}].unitCode`)}
              describedBy={`role-unit-${i}-error`}
              onChange={(unitCode) => {
                setRole(i, { unitCode });
                clear(`roles[${i}].unitCode`);
              }}
            />
            <button
              type="button"
              className="button"
              onClick={() => setRoles((rows) => rows.filter((_, j) => j !== i))}
              disabled={roles.length === 1}
            >
              {t.admin.remove}
            </button>
            <FieldError id={`role-unit-${i}-error`} message={errors[`roles[${i}].unitCode`]} />
          </div>
        ))}
        <FieldError id="user-roles-error" message={errors.roles} />
        <button
          type="button"
          className="button"
          onClick={() => setRoles((rows) => [...rows, { role: "specialist", unitCode: "" }])}
        >
          {t.admin.users.addRole}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.admin.saving : user ? t.admin.save : t.admin.users.create}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </form>
  );
}

/** Sets a new password chosen by the administrator (the user's sessions end). */
function PasswordForm({ user, onCancel, onSaved }: { user: UserSummary; onCancel(): void; onSaved(): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a row far down the list: bring the form into view.
  useEffect(() => {
    // A block body: Chromium's scrollIntoView may return a promise, which React would take for a cleanup.
    formRef.current?.scrollIntoView({ block: "nearest" });
  }, []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(password, user.username);
    if (problem) {
      setErrors({ password: problem });
      return;
    }
    setBusy(true);
    try {
      await adminApi.resetPassword(user.id, password);
      onSaved();
    } catch (error) {
      setErrors(serverErrors(error));
      setBusy(false);
    }
  };
  return (
    <form ref={formRef} className="admin-form" onSubmit={submit} noValidate aria-label={t.admin.users.resetPassword}>
      <h2 className="panel-title">
        {t.admin.users.resetPassword}: {user.displayName} <span className="mono small">({user.username})</span>
      </h2>
      {errors._form ? (
        <div className="alert alert-error" role="alert">
          {errors._form}
        </div>
      ) : null}
      <div className="form-grid">
        <label className="field">
          <span>{t.admin.users.newPassword}</span>
          <input
            className="input"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            value={password}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby="reset-password-error"
            onChange={(e) => setPassword(e.target.value)}
          />
          <span className="hint">{t.admin.users.passwordHint}</span>
          <FieldError id="reset-password-error" message={errors.password} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t.admin.saving : t.admin.users.setPassword}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t.admin.cancel}
        </button>
      </div>
    </form>
  );
}
