import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError } from "../api.js";
import { useI18n } from "../i18n/index.js";
import { useSession } from "../session.js";

/**
 * The sign-in form, shown in place of whatever page was asked for: the address stays as it is, so after
 * signing in the user lands exactly where they wanted to go.
 */
export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const usernameRef = useRef<HTMLInputElement>(null);

  useEffect(() => usernameRef.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, "CLIENT", String(caught)));
      setPassword("");
      setBusy(false);
      passwordRef.current?.focus();
    }
  };

  return (
    <div className="signin">
      <form className="panel signin-card" onSubmit={submit} aria-labelledby="signin-title" noValidate={false}>
        <h1 id="signin-title" className="page-title">
          {t.session.title}
        </h1>
        <p className="muted signin-intro">{t.session.intro}</p>
        {expired && !error ? (
          <div className="alert alert-info" role="status">
            {t.session.expired}
          </div>
        ) : null}
        {error ? (
          <div className="alert alert-error" role="alert" data-testid="signin-error">
            <strong>{t.session.failedTitle}</strong>
            <span>{t.session.failed(error.code, error.message)}</span>
          </div>
        ) : null}
        <label className="field">
          <span>{t.session.username}</span>
          <input
            ref={usernameRef}
            className="input"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t.session.password}</span>
          <input
            ref={passwordRef}
            className="input"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button className="button primary signin-submit" type="submit" disabled={busy}>
          {busy ? t.session.submitting : t.session.submit}
        </button>
        <p className="hint signin-help">{t.session.help}</p>
      </form>
    </div>
  );
}
