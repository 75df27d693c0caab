/**
 * The subject (trích yếu) of a new report from its regime's name and period label: under "BÁO CÁO" the subject
 * does not say "Báo cáo" again, and the period replaces the regime's frequency ("hằng tháng" → "tháng 11/2026")
 * or completes the words the name ends with ("… 6 tháng đầu năm" + "6 tháng đầu năm 2026").
 */
export function reportSubject(regimeName: string, periodText: string): string {
  const name = regimeName.normalize("NFC").trim().replace(/\s+/g, " ");
  const label = periodText.normalize("NFC").trim();
  const rest = name.replace(/^báo cáo\s+/iu, "");
  const frequency = /(?<!\p{L})hằng (?:tháng|quý|năm)(?!\p{L})/u;
  let subject: string;
  if (frequency.test(rest)) subject = rest.replace(frequency, label);
  else {
    const words = rest.split(" ");
    const labelWords = label.split(" ");
    let overlap = 0;
    for (let n = Math.min(words.length, labelWords.length - 1); n > 0; n--) {
      if (words.slice(-n).join(" ").toLowerCase() === labelWords.slice(0, n).join(" ").toLowerCase()) {
        overlap = n;
        break;
      }
    }
    subject = [...words.slice(0, words.length - overlap), ...labelWords].join(" ");
  }
  return subject.charAt(0).toLocaleUpperCase("vi") + subject.slice(1);
}

/** "Tổng hợp tình hình hoạt động thông tin và truyền thông tháng 9/2026": the subject under "BÁO CÁO" (no "Báo cáo …
 * báo cáo …", no "hằng tháng tháng"). */
export function consolidationSubject(regimeName: string, periodText: string): string {
  const subject = reportSubject(regimeName, periodText);
  return `Tổng hợp ${subject.charAt(0).toLocaleLowerCase("vi")}${subject.slice(1)}`;
}
