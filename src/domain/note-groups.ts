/** Groups the difficulties and recommendations of many reports by theme, for a consolidated summary. */
import { foldText } from "./vn-text.js";

/** A theme and the folded words that place a note in it (checked in order; the first match wins). */
export const NOTE_THEMES: readonly { key: string; title: string; words: readonly string[] }[] = [
  { key: "kinh-phi", title: "Kinh phí, đầu tư", words: ["kinh phi", "ngan sach", "von", "dau tu", "giai ngan"] },
  {
    key: "nhan-luc",
    title: "Nhân lực, tổ chức bộ máy",
    words: ["nhan luc", "can bo", "bien che", "to chuc", "sap xep"],
  },
  {
    key: "ha-tang",
    title: "Hạ tầng viễn thông, công nghệ thông tin",
    words: ["ha tang", "song", "mang", "bts", "cap quang", "thiet bi", "lom"],
  },
  { key: "attt", title: "An toàn thông tin", words: ["an toan thong tin", "tan cong", "ma doc", "lo hong"] },
  {
    key: "chuyen-doi-so",
    title: "Chuyển đổi số, dịch vụ công trực tuyến",
    words: ["chuyen doi so", "dich vu cong", "truc tuyen", "ky so", "chu ky so", "ho so"],
  },
  {
    key: "bao-chi",
    title: "Báo chí, xuất bản, thông tin cơ sở",
    words: ["bao chi", "xuat ban", "thong tin co so", "truyen thanh", "phat thanh"],
  },
  {
    key: "van-ban",
    title: "Cơ chế, chính sách, văn bản hướng dẫn",
    words: ["huong dan", "van ban", "quy dinh", "thong tu", "nghi dinh", "co che"],
  },
];

export interface GroupedNote<T> {
  key: string;
  title: string;
  items: T[];
}

/** Places each note in the first theme whose words it contains ("Khác" otherwise); themes in catalogue order. */
export function groupNotes<T extends { text: string }>(notes: readonly T[]): GroupedNote<T>[] {
  const groups = new Map<string, GroupedNote<T>>();
  for (const note of notes) {
    const folded = ` ${foldText(note.text).replace(/[^a-z0-9]+/g, " ")} `;
    const theme = NOTE_THEMES.find((t) => t.words.some((w) => folded.includes(` ${w} `)));
    const key = theme?.key ?? "khac";
    let group = groups.get(key);
    if (!group) {
      group = { key, title: theme?.title ?? "Khác", items: [] };
      groups.set(key, group);
    }
    group.items.push(note);
  }
  const order = [...NOTE_THEMES.map((t) => t.key), "khac"];
  return [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
}

/** The first sentence of a section's body, at most `max` characters (a highlight to quote). */
export function firstSentence(body: string, max = 240): string {
  const paragraph =
    body
      .split(/\n\s*\n/)
      .map((p) => p.replace(/^- /, "").trim())
      .find((p) => p.length > 0) ?? "";
  const match = /^(.+?[.;!?])(\s|$)/.exec(paragraph);
  const sentence = (match?.[1] ?? paragraph).trim();
  return sentence.length > max ? `${sentence.slice(0, max - 1).trimEnd()}…` : sentence;
}
