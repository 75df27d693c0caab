import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clipboardToBlocks, decodeEntities, htmlToBlocks, plainTextToBlocks } from "./clipboard.js";
import { formatStructuredText } from "./structured-text.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const fromHtml = (html: string) => formatStructuredText(htmlToBlocks(html));
const fromText = (text: string) => formatStructuredText(plainTextToBlocks(text));

describe("Word's clipboard HTML", () => {
  it("keeps paragraphs and a bulleted list with a sub-item; drops styles, markers and the empty paragraph", () => {
    expect(fromHtml(fixture("word-bullets.html.txt"))).toBe(
      [
        "1. Công tác chuyển đổi số",
        "",
        "Trong tháng, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2027; tổ chức Hội nghị “Chuyển đổi số cấp xã” với sự tham gia của 161 xã, phường.",
        "",
        "- Cấp mới 1.250 chứng thư số cho cán bộ, công chức;",
        "+ trong đó 830 chứng thư cho cấp xã;",
        "- Kết nối 15 hệ thống thông tin với Trục liên thông văn bản quốc gia;",
        "- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,4%.",
        "",
        "Khó khăn: hạ tầng mạng tại một số xã vùng cao còn chập chờn, chưa đáp ứng yêu cầu.",
      ].join("\n"),
    );
  });

  it("turns a numbered list (markers in <!--[if !supportLists]--> comments) into '- ' items", () => {
    expect(fromHtml(fixture("word-numbered.html.txt"))).toBe(
      [
        "Nhiệm vụ trọng tâm tháng 11/2026:",
        "",
        "- Hoàn thành rà soát, chuẩn hóa dữ liệu thuê bao di động;",
        "- Tổ chức tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng;",
        "- Đôn đốc các doanh nghiệp viễn thông phát triển trạm BTS 5G.",
      ].join("\n"),
    );
  });

  it.each([
    [
      "typed '- ' and '+ ' in normal paragraphs",
      "<p class=MsoNormal style='text-indent:36.0pt'><span lang=VI style='font-size:14.0pt'>- Tiếp nhận 3.412 hồ sơ;<o:p></o:p></span></p>\r\n<p class=MsoNormal style='text-indent:36.0pt'><span lang=VI style='font-size:14.0pt'>+ trong đó 2.950 hồ sơ trực tuyến.<o:p></o:p></span></p>",
      "- Tiếp nhận 3.412 hồ sơ;\n+ trong đó 2.950 hồ sơ trực tuyến.",
    ],
    [
      "a list paragraph whose style lost mso-list still drops its marker",
      "<p class=MsoListParagraph><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Duy trì Cổng dịch vụ công<o:p></o:p></p>",
      "- Duy trì Cổng dịch vụ công",
    ],
    [
      "Windows-1252 smart quotes as references and as stray C1 characters",
      "<p class=MsoNormal>Chương trình &#147;Bình dân học vụ số&#148; &#150; giai đoạn 1</p><p class=MsoNormal>Khẩu hiệu \u0093Số hóa\u0094 và \u0091dữ liệu\u0092</p>",
      "Chương trình “Bình dân học vụ số” – giai đoạn 1\n\nKhẩu hiệu “Số hóa” và ‘dữ liệu’",
    ],
    [
      "a soft line break inside a paragraph (<br style='mso-special-character:line-break'>)",
      "<p class=MsoNormal>Nơi nhận:<br style='mso-special-character:line-break'>- UBND tỉnh;<br>- Lưu: VT.</p>",
      "Nơi nhận:\n\n- UBND tỉnh;\n- Lưu: VT.",
    ],
    [
      "a picture only shown to browsers (<![if !vml]>) and an empty paragraph kept by <![if !supportEmptyParas]>",
      "<p class=MsoNormal><![if !vml]><img width=200 height=100 src='file:///C:/Temp/clip_image001.png' v:shapes='Picture_x0020_1'><![endif]>Biểu đồ thuê bao</p><p class=MsoNormal><![if !supportEmptyParas]>&nbsp;<![endif]><o:p></o:p></p>",
      "Biểu đồ thuê bao",
    ],
    [
      "a Word heading with automatic numbering stays a paragraph",
      "<h2 style='mso-list:l2 level1 lfo3'><![if !supportLists]><span style='mso-list:Ignore'>II.<span>&nbsp;&nbsp;</span></span><![endif]>NHIỆM VỤ THÁNG TỚI</h2>",
      "NHIỆM VỤ THÁNG TỚI",
    ],
  ])("%s", (_name, html, expected) => {
    expect(fromHtml(html)).toBe(expected);
  });
});

describe("HTML from web pages and other editors", () => {
  it.each([
    [
      "headings, paragraphs, a nested <ul>, <br> and <div> lines",
      "<h2>Kết quả nổi bật</h2><p>Mạng 5G đã phủ sóng <strong>100%</strong> trung tâm huyện.</p><ul><li>Trạm BTS mới: 124</li><li>Thuê bao băng rộng cố định: 81.520<ul><li>trong đó cáp quang: 79.904</li></ul></li></ul><div>Dòng một<br>Dòng hai</div><div><br></div><div>Đoạn sau</div>",
      "Kết quả nổi bật\n\nMạng 5G đã phủ sóng 100% trung tâm huyện.\n\n- Trạm BTS mới: 124\n- Thuê bao băng rộng cố định: 81.520\n+ trong đó cáp quang: 79.904\n\nDòng một\n\nDòng hai\n\nĐoạn sau",
    ],
    [
      "Google Docs: everything in a <b id=docs-internal-guid>, items as <li aria-level><p>",
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c"><p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;color:#000000">Tình hình an toàn thông tin</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" aria-level="1" style="list-style-type:disc"><p dir="ltr" role="presentation"><span style="font-size:11pt">Phát hiện 37 cuộc tấn công</span></p></li><li dir="ltr" aria-level="2" style="list-style-type:circle"><p dir="ltr" role="presentation"><span>đã xử lý 35 cuộc</span></p></li></ul><br></b>',
      "Tình hình an toàn thông tin\n\n- Phát hiện 37 cuộc tấn công\n+ đã xử lý 35 cuộc",
    ],
    [
      "Word Online: one list wrapper per item, levels in data-aria-level",
      '<div class="ListContainerWrapper"><ul class="BulletListStyle1"><li data-aria-level="1" class="OutlineElement"><p class="Paragraph"><span class="TextRun"><span class="NormalTextRun">Mục một</span></span><span class="EOP">&nbsp;</span></p></li></ul></div><div class="ListContainerWrapper"><ul class="BulletListStyle2"><li data-aria-level="2" class="OutlineElement"><p class="Paragraph"><span class="NormalTextRun">Mục con</span></p></li></ul></div>',
      "- Mục một\n+ Mục con",
    ],
    [
      "an ordered list becomes '- ' items",
      '<ol start="3"><li>Rà soát hạ tầng</li><li>Chuẩn hóa thuê bao</li></ol>',
      "- Rà soát hạ tầng\n- Chuẩn hóa thuê bao",
    ],
    ["a <br> inside an item joins its lines", "<ul><li>Dòng đầu<br>dòng tiếp</li></ul>", "- Dòng đầu dòng tiếp"],
    [
      "a table: one line per row, cells separated by '; '",
      "<table><tbody><tr><th>Chỉ tiêu</th><th>Kết quả</th></tr><tr><td><p>Trạm BTS</p></td><td>124</td></tr></tbody></table>",
      "Chỉ tiêu; Kết quả\n\nTrạm BTS; 124",
    ],
    [
      "styles and scripts are not text",
      "<style>p { color: red }</style><script>document.title = '<p>x</p>'</script><p style='color:#1f4e79;font-size:18px'>An toàn thông tin</p>",
      "An toàn thông tin",
    ],
    ["tags left open", "<p>Chưa đóng <b>thẻ<p>Đoạn hai", "Chưa đóng thẻ\n\nĐoạn hai"],
    [
      "escaped markup stays text",
      "<p>&lt;b&gt; &amp; &quot;x&quot; &unknown; 5 &lt 6</p>",
      '<b> & "x" &unknown; 5 < 6',
    ],
    ["a lone '<' is text", "<p>a < b và 3 <= 4</p>", "a < b và 3 <= 4"],
    ["each line of a <pre> is a paragraph", "<pre>Dòng 1\nDòng 2</pre>", "Dòng 1\n\nDòng 2"],
    [
      "decomposed Vietnamese (as macOS copies it) comes out NFC",
      `<p>${"Tiếp nhận hồ sơ trực tuyến".normalize("NFD")}</p>`,
      "Tiếp nhận hồ sơ trực tuyến",
    ],
    [
      "zero-width spaces, soft hyphens and a byte-order mark go",
      "\ufeff<p>Chuyển\u00ad đổi\u200b số</p>",
      "Chuyển đổi số",
    ],
  ])("%s", (_name, html, expected) => {
    const text = fromHtml(html);
    expect(text).toBe(expected);
    expect(text).toBe(text.normalize("NFC"));
  });
});

describe("plain text", () => {
  it.each([
    [
      "'- ' items and a '+ ' sub-item after a paragraph",
      "Tình hình chung:\n- Mục một\n- Mục hai\n+ mục con\n\nĐoạn cuối.",
      "Tình hình chung:\n\n- Mục một\n- Mục hai\n+ mục con\n\nĐoạn cuối.",
    ],
    ["'•' bullets, with or without a space", "• Mục một\n•Mục hai", "- Mục một\n- Mục hai"],
    ["'*' bullets and Windows line ends", "* Mục một\r\n* Mục hai\r\n", "- Mục một\n- Mục hai"],
    [
      "Word's plain text: '·' and a tab, 'o' and a tab for the second level",
      "·\tCấp chứng thư số\r\no\ttrong đó cấp xã\r\n",
      "- Cấp chứng thư số\n+ trong đó cấp xã",
    ],
    ["numbers typed by hand stay text", "1. Mục một\n2. Mục hai", "1. Mục một\n\n2. Mục hai"],
    ["a minus sign is not a bullet", "-5% so với cùng kỳ", "-5% so với cùng kỳ"],
    ["odd spaces", "Dòng có\u00a0khoảng trắng\u200b lạ\u00ad   ", "Dòng có khoảng trắng lạ"],
    ["blank lines with spaces separate paragraphs", "Đoạn một\n   \n\n\nĐoạn hai", "Đoạn một\n\nĐoạn hai"],
    ["decomposed Vietnamese", "Việt Nam".normalize("NFD"), "Việt Nam"],
  ])("%s", (_name, text, expected) => {
    expect(fromText(text)).toBe(expected);
  });
});

describe("clipboardToBlocks", () => {
  it("uses the HTML when it has text and the plain text otherwise", () => {
    expect(formatStructuredText(clipboardToBlocks("<p>Từ HTML</p>", "Từ văn bản"))).toBe("Từ HTML");
    expect(formatStructuredText(clipboardToBlocks("<meta charset='utf-8'><p></p>", "- Từ văn bản"))).toBe(
      "- Từ văn bản",
    );
    expect(clipboardToBlocks(null, "")).toEqual([]);
  });
});

describe("decodeEntities", () => {
  it.each([
    ["&#7897;&#x1EA1;", "ộạ"],
    ["&nbsp;", "\u00a0"],
    ["&#150;&#151;&#133;", "–—…"],
    ["&#0;&#xD800;", "\ufffd\ufffd"],
    ["&Ecirc;&ecirc;", "Êê"],
  ])("%j → %j", (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
