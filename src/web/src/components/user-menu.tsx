import { useState } from "react";
import type { SessionUser } from "../../../contract/session.js";
import { useI18n } from "../i18n/index.js";
import { navigate } from "../router.js";
import { useSession } from "../session.js";

/** The signed-in user's name and roles in the header, with the sign-out button. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const roles = user.roles.map((r) => `${t.session.roles[r.role]} · ${r.unitName}`);
  const leave = async () => {
    setBusy(true);
    await signOut();
    // The next person to sign in on this screen starts from the home page, not from the last user's report.
    navigate("/", { replace: true });
  };
  return (
    <div className="user-menu" data-testid="user-menu">
      <div className="user-who" title={roles.join("\n")}>
        <span className="visually-hidden">{t.session.signedInAs}: </span>
        <span className="user-name">{user.displayName}</span>
        <span className="user-roles">{roles.join("; ")}</span>
      </div>
      <button type="button" className="button button-topbar" onClick={leave} disabled={busy}>
        {t.session.signOut}
      </button>
    </div>
  );
}
