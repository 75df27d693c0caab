/** The minimum rules of a password an administrator sets, with a Vietnamese message for the first broken one. */

export const PASSWORD_MIN_LENGTH = 10;

/** Null when the password is acceptable for this username; otherwise what is wrong, in Vietnamese. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `Mật khẩu cần ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`;
  if (password.length > 256) return "Mật khẩu dài quá 256 ký tự.";
  if (/^\s|\s$/.test(password)) return "Mật khẩu không được bắt đầu hoặc kết thúc bằng khoảng trắng.";
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) return "Mật khẩu không được chứa tên đăng nhập.";
  const kinds = [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(password)).length;
  if (kinds < 2) return "Mật khẩu cần có ít nhất hai loại ký tự: chữ, số hoặc ký hiệu.";
  if (new Set(password).size < 4) return "Mật khẩu lặp lại quá ít ký tự khác nhau.";
  return null;
}
