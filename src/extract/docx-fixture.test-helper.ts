import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";

/** Builds a Word report with real heading styles, Word-numbered lists and a two-column signature table. */
export async function buildDocxReport(): Promise<Uint8Array> {
  const p = (text: string, opts: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}) =>
    new Paragraph({ heading: opts.heading, children: [new TextRun({ text, bold: opts.bold })] });
  const item = (text: string, reference: string, level = 0) =>
    new Paragraph({ numbering: { reference, level }, children: [new TextRun(text)] });
  const cell = (lines: { text: string; bold?: boolean }[]) =>
    new TableCell({ children: lines.map((l) => p(l.text, { bold: l.bold })) });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "outline",
          levels: [
            { level: 0, format: LevelFormat.UPPER_ROMAN, text: "%1.", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.DECIMAL, text: "%2.", alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: "tasks",
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.LEFT }],
        },
        {
          reference: "dash",
          levels: [{ level: 0, format: LevelFormat.BULLET, text: "-", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [
      {
        children: [
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell([
                    { text: "UBND TỈNH ĐIỆN BIÊN" },
                    { text: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", bold: true },
                    { text: "Số: 301/BC-STTTT" },
                  ]),
                  cell([
                    { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold: true },
                    { text: "Độc lập - Tự do - Hạnh phúc", bold: true },
                    { text: "Điện Biên, ngày 10 tháng 9 năm 2024" },
                  ]),
                ],
              }),
            ],
          }),
          p("BÁO CÁO", { bold: true }),
          p("Kết quả công tác quý III năm 2024 và nhiệm vụ quý IV năm 2024", { bold: true }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: "outline", level: 0 },
            children: [new TextRun("KẾT QUẢ THỰC HIỆN")],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: "outline", level: 1 },
            children: [new TextRun("Lĩnh vực viễn thông")],
          }),
          p("Toàn tỉnh có 1.145 trạm BTS, trong đó 612 trạm 4G; doanh thu đạt 210 tỷ đồng."),
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            numbering: { reference: "outline", level: 1 },
            children: [new TextRun("Lĩnh vực công nghệ thông tin")],
          }),
          item("Cấp mới 85 chứng thư số theo Công văn số 455/STTTT-CNTT ngày 02/8/2024.", "dash"),
          item("Tỷ lệ hồ sơ trực tuyến đạt 62,5%.", "dash"),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            numbering: { reference: "outline", level: 0 },
            children: [new TextRun("NHIỆM VỤ QUÝ IV NĂM 2024")],
          }),
          item("Hoàn thành Kế hoạch chuyển đổi số năm 2025.", "tasks"),
          item("Tổ chức 02 hội nghị tập huấn an toàn thông tin.", "tasks"),
          item("Triển khai Quyết định số 1012/QĐ-UBND ngày 15/7/2024 của UBND tỉnh.", "tasks"),
          p("Trên đây là báo cáo kết quả công tác quý III năm 2024./."),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell([
                    { text: "Nơi nhận:", bold: true },
                    { text: "- Bộ Khoa học và Công nghệ;" },
                    { text: "- Lưu: VT." },
                  ]),
                  cell([
                    { text: "KT. GIÁM ĐỐC", bold: true },
                    { text: "PHÓ GIÁM ĐỐC", bold: true },
                    { text: "Vàng A Sáng", bold: true },
                  ]),
                ],
              }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
