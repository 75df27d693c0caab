import { z } from "zod";
import { Code, IsoDate } from "./common.js";
import { UnitKind } from "./units.js";

export const Frequency = z.enum(["month", "quarter", "half", "nine_months", "year", "once"]).meta({ id: "Frequency" });
export type Frequency = z.infer<typeof Frequency>;

export const CutoffRule = z
  .object({ startDay: z.number().int(), endDay: z.number().int(), startInPreviousMonth: z.boolean() })
  .meta({ id: "CutoffRule", description: "Thời gian chốt số liệu (Nghị định 09, Điều 12) / data cut-off" });

export const DeadlineRule = z
  .object({
    level: UnitKind,
    day: z.number().int(),
    monthOffset: z.number().int().optional(),
    fixedMonth: z.number().int().nullable().optional(),
    moveToNextWorkingDay: z.boolean().optional(),
    frequencies: z.array(Frequency).optional(),
  })
  .meta({ id: "DeadlineRule", description: "Thời hạn gửi báo cáo theo cấp / deadline per level" });

/** A report regime (chế độ báo cáo) as listed. */
export const Regime = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(["periodic", "thematic", "ad_hoc"]),
    frequency: Frequency,
    docType: z.string(),
    cutoff: CutoffRule,
    deadlines: z.array(DeadlineRule),
    submittingUnitKinds: z.array(UnitKind),
    receivingUnitKinds: z.array(UnitKind),
    sendMethod: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
  })
  .meta({ id: "Regime" });
export type Regime = z.infer<typeof Regime>;

export const OutlineSection = z
  .object({
    key: z.string(),
    parentKey: z.string().nullable(),
    number: z.string().nullable(),
    title: z.string(),
    level: z.number().int(),
    divisionField: z.string().nullable().describe("Lĩnh vực phòng phụ trách / division field"),
    contentKind: z.enum(["narrative", "tasks", "difficulties", "recommendations", "task_outcomes"]),
    guidance: z.string().nullable(),
  })
  .meta({ id: "OutlineSection" });

export const FormIndicator = z
  .object({
    code: z.string(),
    name: z.string(),
    unitOfMeasure: z.string().nullable(),
    sectionKey: z.string().nullable(),
    isRequired: z.boolean(),
  })
  .meta({ id: "FormIndicator" });

/** A regime with its outline template (đề cương) and numeric form (biểu mẫu). */
export const RegimeDetail = Regime.extend({
  content: z.string().nullable(),
  legalBasis: z.string().nullable(),
  outline: z.array(OutlineSection),
  indicators: z.array(FormIndicator),
}).meta({ id: "RegimeDetail" });
export type RegimeDetail = z.infer<typeof RegimeDetail>;

export const RegimeList = z.object({ items: z.array(Regime) }).meta({ id: "RegimeList" });
export type RegimeList = z.infer<typeof RegimeList>;

export const RegimeParams = z.object({ code: Code });

/** What an administrator may change on a regime: the deadline rules and the date it stops applying. */
export const UpdateRegimeSettingsBody = z
  .object({
    deadlines: z
      .array(
        z.object({
          level: UnitKind,
          day: z.number().int().min(1, "Ngày hạn gửi từ 1 đến 31").max(31, "Ngày hạn gửi từ 1 đến 31"),
          monthOffset: z.number().int().min(0).max(12).optional(),
          fixedMonth: z.number().int().min(1).max(12).nullable().optional(),
          moveToNextWorkingDay: z.boolean().optional(),
          frequencies: z.array(Frequency).optional(),
        }),
      )
      .min(1, "Cần ít nhất một thời hạn gửi")
      .max(20),
    validTo: IsoDate.nullable().describe("Ngừng áp dụng sau ngày này; null: đang áp dụng / last day in force"),
  })
  .meta({ id: "UpdateRegimeSettingsBody" });
export type UpdateRegimeSettingsBody = z.infer<typeof UpdateRegimeSettingsBody>;
