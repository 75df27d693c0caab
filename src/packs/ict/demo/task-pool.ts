import type { TaskContent, TaskStatus } from "../../../domain/report.js";
import type { Rng } from "./prng.js";

/** A task the demo may plan, with the outline field whose division carries it out. */
export interface PlannedTask {
  text: string;
  field: string | null;
}

// {p} is the province, {k} the period the task is planned for ("tháng 11/2025").
const POOL: PlannedTask[] = [
  {
    field: "cntt",
    text: "Đôn đốc các cơ quan, địa phương nâng cao tỷ lệ văn bản đi được ký số, gửi nhận qua Trục liên thông văn bản quốc gia.",
  },
  {
    field: "cntt",
    text: "Tiếp tục rà soát, tái cấu trúc quy trình, nâng số dịch vụ công trực tuyến toàn trình trên Cổng dịch vụ công của tỉnh {p}.",
  },
  {
    field: "cntt",
    text: "Hướng dẫn tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt.",
  },
  {
    field: "cntt",
    text: "Tham mưu UBND tỉnh ban hành Kế hoạch chuyển đổi số, phát triển chính quyền số tỉnh {p} năm tới.",
  },
  {
    field: "cntt",
    text: "Hoàn thiện kết nối nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) với cơ sở dữ liệu quốc gia về dân cư.",
  },
  {
    field: "attt",
    text: "Tổ chức diễn tập ứng cứu sự cố an toàn thông tin mạng cho cán bộ phụ trách công nghệ thông tin các sở, ngành trong {k}.",
  },
  {
    field: "attt",
    text: "Hướng dẫn các cơ quan hoàn thiện hồ sơ đề xuất cấp độ an toàn hệ thống thông tin theo quy định.",
  },
  {
    field: "attt",
    text: "Triển khai chiến dịch rà quét, bóc gỡ mã độc trên máy tính của các cơ quan nhà nước tỉnh {p}.",
  },
  {
    field: "vien-thong",
    text: "Phối hợp các doanh nghiệp viễn thông phát triển trạm phát sóng 5G, xóa vùng lõm sóng tại các thôn, xóm còn khó khăn.",
  },
  { field: "vien-thong", text: "Xây dựng Kế hoạch phát triển hạ tầng viễn thông thụ động trên địa bàn tỉnh {p}." },
  {
    field: "vien-thong",
    text: "Đôn đốc doanh nghiệp chuẩn hóa thông tin thuê bao, thu hồi SIM kích hoạt sẵn theo chỉ đạo của Bộ.",
  },
  {
    field: "buu-chinh",
    text: "Kiểm tra việc duy trì các điểm phục vụ bưu chính và chất lượng dịch vụ bưu chính công ích tại các xã.",
  },
  {
    field: "buu-chinh",
    text: "Hướng dẫn doanh nghiệp bưu chính tham gia tiếp nhận hồ sơ, trả kết quả thủ tục hành chính qua dịch vụ bưu chính công ích.",
  },
  {
    field: "bao-chi",
    text: "Định hướng tuyên truyền các sự kiện chính trị, ngày lễ lớn của đất nước và của tỉnh {p} trong {k}.",
  },
  { field: "bao-chi", text: "Tổ chức họp báo cung cấp thông tin định kỳ của UBND tỉnh cho các cơ quan báo chí." },
  {
    field: "ttcs",
    text: "Hướng dẫn các xã nâng cấp đài truyền thanh cơ sở ứng dụng công nghệ thông tin - viễn thông.",
  },
  {
    field: "ttdn",
    text: "Triển khai Kế hoạch thông tin đối ngoại của tỉnh {p}; biên soạn ấn phẩm giới thiệu tiềm năng du lịch.",
  },
  {
    field: "thanh-tra",
    text: "Thực hiện thanh tra, kiểm tra chuyên ngành theo kế hoạch được phê duyệt; tiếp công dân định kỳ theo quy định.",
  },
  {
    field: "thanh-tra",
    text: "Kiểm tra việc chấp hành quy định về quản lý, cung cấp, sử dụng dịch vụ viễn thông và Internet.",
  },
  {
    field: "to-chuc",
    text: "Cử công chức, viên chức tham gia các lớp bồi dưỡng kiến thức quản lý nhà nước và kỹ năng số.",
  },
  {
    field: "van-phong",
    text: "Tổng hợp, xây dựng báo cáo định kỳ, đột xuất đúng thời hạn; chuẩn bị nội dung phục vụ giao ban của Bộ.",
  },
  { field: null, text: "Thực hiện các nhiệm vụ khác do Tỉnh ủy, UBND tỉnh và Bộ giao." },
];

const PRESS_FIELDS = new Set(["bao-chi", "ttcs", "ttdn"]);

/** Picks new tasks for the next period (never one already carried over), filling in the province and period. */
export function planTasks(
  rng: Rng,
  provinceName: string,
  nextPeriodLabel: string,
  isPressTransferred: boolean,
  already: string[],
  howMany: number,
): PlannedTask[] {
  const fill = (text: string) => text.replaceAll("{p}", provinceName).replaceAll("{k}", nextPeriodLabel);
  const candidates = POOL.filter((task) => !(isPressTransferred && task.field && PRESS_FIELDS.has(task.field)))
    .map((task) => ({ ...task, text: fill(task.text) }))
    .filter((task) => !already.includes(task.text));
  const chosen: PlannedTask[] = [];
  while (chosen.length < howMany && candidates.length > 0) {
    const [task] = candidates.splice(rng.int(0, candidates.length - 1), 1);
    if (task) chosen.push(task);
  }
  return chosen;
}

const OUTCOME_NOTES: Record<Exclude<TaskStatus, "planned">, string[]> = {
  done: ["Đã triển khai đúng tiến độ.", "Kết quả đã được báo cáo UBND tỉnh.", "Đã ban hành văn bản triển khai."],
  in_progress: ["Dự kiến hoàn thành trong kỳ tới.", "Đã hoàn thành phần lớn khối lượng công việc."],
  not_done: ["Do chờ hướng dẫn của cấp trên.", "Do chưa bố trí được kinh phí."],
  carried_over: ["Do điều chỉnh kế hoạch công tác.", "Để thực hiện cùng nhiệm vụ liên quan."],
};

/** Vietnamese words for a task outcome, as reports write them. */
export const STATUS_WORDS: Record<TaskStatus, string> = {
  planned: "Kế hoạch",
  done: "Hoàn thành",
  in_progress: "Đang thực hiện",
  not_done: "Chưa thực hiện",
  carried_over: "Chuyển kỳ sau",
};

/** The outcome of last period's planned tasks: most are done, some continue, a few slip. */
export function settleTasks(rng: Rng, planned: TaskContent[], periodCode: string): TaskContent[] {
  return planned.map((task) => {
    const roll = rng.next();
    const status: TaskStatus =
      roll < 0.6 ? "done" : roll < 0.8 ? "in_progress" : roll < 0.87 ? "not_done" : "carried_over";
    return { ...task, plannedPeriodCode: periodCode, status, outcomeNote: rng.pick(OUTCOME_NOTES[status]) };
  });
}

const DIFFICULTIES = [
  "Hạ tầng công nghệ thông tin tại một số cơ quan, địa phương đã xuống cấp, chưa đáp ứng yêu cầu chuyển đổi số.",
  "Nguồn nhân lực chuyên trách công nghệ thông tin, an toàn thông tin tại các cơ quan còn thiếu và thường xuyên biến động.",
  "Một số dịch vụ công trực tuyến toàn trình có số lượng hồ sơ phát sinh thấp; kỹ năng số của một bộ phận người dân còn hạn chế.",
  "Việc kết nối, chia sẻ dữ liệu giữa hệ thống của tỉnh với các cơ sở dữ liệu quốc gia còn chậm do phụ thuộc đơn vị chủ quản.",
  "Kinh phí bố trí cho ứng dụng công nghệ thông tin và bảo đảm an toàn thông tin còn hạn chế.",
  "Tình trạng vùng lõm sóng di động vẫn còn tại một số thôn, xóm vùng sâu, vùng xa.",
  "Khối lượng công việc sau sắp xếp tổ chức bộ máy tăng, trong khi biên chế chưa được bổ sung tương ứng.",
];

const RECOMMENDATIONS = [
  "Đề nghị Bộ sớm ban hành hướng dẫn thống nhất về kết nối, chia sẻ dữ liệu qua nền tảng tích hợp, chia sẻ dữ liệu quốc gia.",
  "Đề nghị Bộ hỗ trợ tỉnh đào tạo, bồi dưỡng nhân lực an toàn thông tin và tổ chức diễn tập thực chiến.",
  "Kiến nghị UBND tỉnh bố trí kinh phí nâng cấp hạ tầng Trung tâm dữ liệu và hệ thống giám sát an toàn thông tin của tỉnh.",
  "Đề nghị các doanh nghiệp viễn thông ưu tiên đầu tư trạm phát sóng tại các khu vực chưa có sóng di động băng rộng.",
  "Đề nghị Bộ hướng dẫn bộ chỉ tiêu báo cáo thống nhất sau sắp xếp đơn vị hành chính để thuận lợi cho việc tổng hợp số liệu.",
];

/** Two or three difficulties and one or two recommendations, different from report to report. */
export function pickIssues(rng: Rng): { difficulties: string[]; recommendations: string[] } {
  const take = (items: string[], howMany: number) => {
    const pool = [...items];
    const out: string[] = [];
    while (out.length < howMany && pool.length > 0) {
      const [item] = pool.splice(rng.int(0, pool.length - 1), 1);
      if (item) out.push(item);
    }
    return out;
  };
  return { difficulties: take(DIFFICULTIES, rng.int(2, 3)), recommendations: take(RECOMMENDATIONS, rng.int(1, 2)) };
}
