import { z } from "zod";
import { LIMITS } from "./limits";

export const TaskStatus = z.enum([
  "assigned",
  "accepted",
  "in_progress",
  "submitted",
  "returned",
  "done",
  "cancelled",
]);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  assigned: { vi: "Đã giao", en: "Assigned" },
  accepted: { vi: "Đã nhận", en: "Accepted" },
  in_progress: { vi: "Đang thực hiện", en: "In progress" },
  submitted: { vi: "Đã báo cáo kết quả", en: "Submitted" },
  returned: { vi: "Bị trả lại", en: "Returned" },
  done: { vi: "Hoàn thành", en: "Done" },
  cancelled: { vi: "Đã hủy", en: "Cancelled" },
};

export const TaskSource = z.enum([
  "directive",
  "reception",
  "petition",
  "consultation",
  "inspection",
  "rating",
  "dossier",
]);
export type TaskSource = z.infer<typeof TaskSource>;

export const TASK_SOURCE_LABELS: Record<TaskSource, { vi: string; en: string }> = {
  directive: { vi: "Chỉ đạo của lãnh đạo", en: "Leader's directive" },
  reception: { vi: "Tiếp công dân", en: "Citizen reception" },
  petition: { vi: "Đơn thư", en: "Petition" },
  consultation: { vi: "Lấy ý kiến Nhân dân", en: "Consultation" },
  inspection: { vi: "Kiểm tra, thanh tra", en: "Inspection" },
  rating: { vi: "Đánh giá không hài lòng", en: "Dissatisfied rating" },
  dossier: { vi: "Hồ sơ một cửa", en: "One-stop dossier" },
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" });

/** "Rõ thời gian": a date, or a span computed by the deadline engine (working days or a statutory rule). */
export const TaskDueInput = z.union([
  z.object({ date: IsoDate }),
  z.object({ workingDays: z.number().int().min(1).max(365) }),
  z.object({ ruleCode: z.string().min(3).max(80), from: IsoDate.optional() }),
]);
export type TaskDueInput = z.infer<typeof TaskDueInput>;

/** The five "rõ" are all required: content, person, directing leader, time, product. */
export const CreateTaskInput = z.object({
  title: z.string().trim().min(5).max(LIMITS.shortText),
  description: z.string().trim().max(LIMITS.longText).default(""),
  unitId: z.string().uuid(),
  assigneeId: z.string().uuid(),
  directorId: z.string().uuid(),
  due: TaskDueInput,
  deliverable: z
    .string()
    .trim()
    .min(3)
    .max(LIMITS.shortText * 5),
  authority: z.string().trim().max(LIMITS.shortText).optional(),
  coordinatingUnitIds: z.array(z.string().uuid()).max(10).default([]),
  source: z
    .object({
      type: TaskSource,
      id: z.string().max(100).optional(),
      label: z.string().max(LIMITS.shortText).optional(),
    })
    .default({ type: "directive" }),
  publicPromise: z
    .object({
      title: z.string().trim().min(5).max(LIMITS.shortText),
      summary: z.string().trim().max(2000).default(""),
    })
    .nullable()
    .default(null),
});
export type CreateTaskInput = z.infer<typeof CreateTaskInput>;

export const TaskProgressInput = z.object({
  percent: z.number().int().min(0).max(100),
  note: z.string().trim().min(1).max(2000),
});
export const TaskSubmitInput = z.object({
  note: z.string().trim().min(1).max(LIMITS.longText),
  fileIds: z
    .array(z.string().regex(/^[0-9a-f]{64}$/))
    .max(10)
    .default([]),
});
export const TaskDecisionInput = z.object({ note: z.string().trim().max(2000).default("") });
export const TaskReturnInput = z.object({ note: z.string().trim().min(3).max(2000) });
export const TaskCancelInput = z.object({ reason: z.string().trim().min(3).max(2000) });
export const TaskUrgeInput = z.object({ note: z.string().trim().max(2000).default("") });
export const TaskExtensionRequestInput = z.object({
  newDueDate: IsoDate,
  reason: z.string().trim().min(3).max(2000),
});
export const TaskExtensionDecisionInput = z.object({
  approve: z.boolean(),
  note: z.string().trim().max(2000).default(""),
});

export const TaskView = z.enum(["mine", "unit", "directing", "all"]);
/** Board order: due date (soonest first or last) or newest first; each is a keyset. */
export const TaskSort = z.enum(["due", "-due", "-created"]);
export type TaskSort = z.infer<typeof TaskSort>;
export const TaskListQuery = z.object({
  view: TaskView.default("mine"),
  status: z.enum(["open", "overdue", "done", "cancelled", "any"]).default("open"),
  source: TaskSource.optional(),
  sourceId: z.string().max(100).optional(),
  dueWithinDays: z.coerce.number().int().min(0).max(365).optional(),
  unitId: z.string().uuid().optional(),
  /** "true": only commitments to the people; "false": only internal tasks. */
  publicPromise: z.enum(["true", "false"]).optional(),
  q: z.string().max(LIMITS.search).optional(),
  sort: TaskSort.default("due"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

const PersonRef = z.object({ id: z.string(), fullName: z.string() }).nullable();

export const TaskAbilities = z.object({
  accept: z.boolean(),
  progress: z.boolean(),
  submit: z.boolean(),
  approve: z.boolean(),
  returnTask: z.boolean(),
  requestExtension: z.boolean(),
  decideExtension: z.boolean(),
  cancel: z.boolean(),
  urge: z.boolean(),
});

export const Task = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  assignee: PersonRef,
  director: PersonRef,
  createdBy: PersonRef,
  dueDate: z.string(),
  originalDueDate: z.string(),
  dueExplanation: z.string().nullable(),
  deliverable: z.string(),
  authority: z.string().nullable(),
  coordinatingUnits: z.array(z.object({ id: z.string(), name: z.string() })),
  source: z.object({ type: TaskSource, id: z.string().nullable(), label: z.string().nullable() }),
  status: TaskStatus,
  progress: z.number().int(),
  isOverdue: z.boolean(),
  daysLeft: z.number().int().nullable(),
  /** Working days to the due date on the unit's calendar; negative = overdue by that many; null once closed. */
  workingDaysLeft: z.number().int().nullable(),
  extensionCount: z.number().int(),
  publicPromise: z.object({ title: z.string(), summary: z.string() }).nullable(),
  completedAt: z.string().nullable(),
  completedOnTime: z.boolean().nullable(),
  createdAt: z.string(),
  abilities: TaskAbilities,
});
export type Task = z.infer<typeof Task>;

export const TaskEvent = z.object({
  id: z.string(),
  type: z.string(),
  actor: PersonRef,
  note: z.string().nullable(),
  data: z.unknown().nullable(),
  createdAt: z.string(),
  files: z.array(z.object({ id: z.string(), name: z.string(), size: z.number(), mime: z.string() })),
});
export type TaskEvent = z.infer<typeof TaskEvent>;

export const TaskExtension = z.object({
  id: z.string(),
  newDueDate: z.string(),
  reason: z.string(),
  status: z.enum(["pending", "approved", "refused"]),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});

export const TaskDetail = Task.extend({
  events: z.array(TaskEvent),
  extensions: z.array(TaskExtension),
  /** How many extensions the rule set in force allows a task. */
  extensionMax: z.number().int(),
});
export type TaskDetail = z.infer<typeof TaskDetail>;

export const TaskStatsRow = z.object({
  key: z.string(),
  name: z.string(),
  assigned: z.number().int(),
  open: z.number().int(),
  doneOnTime: z.number().int(),
  doneLate: z.number().int(),
  overdue: z.number().int(),
  returned: z.number().int(),
});
export type TaskStatsRow = z.infer<typeof TaskStatsRow>;

/** What the public "people inspect" page shows of a promise: no staff names. */
export const PublicPromise = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  summary: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  status: TaskStatus,
  dueDate: z.string(),
  isOverdue: z.boolean(),
  progress: z.number().int(),
  evidenceSummary: z.string().nullable(),
  completedAt: z.string().nullable(),
  source: TaskSource,
  updatedAt: z.string(),
});
export type PublicPromise = z.infer<typeof PublicPromise>;

/** A unit that has made promises, for the public page's filter. */
export const PublicPromiseUnit = z.object({ id: z.string(), name: z.string(), count: z.number().int() });
export type PublicPromiseUnit = z.infer<typeof PublicPromiseUnit>;

/** A person the create form may pick as assignee or directing leader. */
export const TaskPersonOption = z.object({
  id: z.string(),
  fullName: z.string(),
  unitName: z.string(),
  positionName: z.string().nullable(),
});
export type TaskPersonOption = z.infer<typeof TaskPersonOption>;

/** Who may be named on a task of a unit: active staff of its subtree, and leaders over it. */
export const TaskOptions = z.object({
  assignees: z.array(TaskPersonOption),
  directors: z.array(TaskPersonOption),
});
export type TaskOptions = z.infer<typeof TaskOptions>;

export const FILE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  /** Types accepted as evidence; content is sniffed, the extension alone is not trusted. */
  mimes: [
    "application/pdf",
    "image/png",
    "image/jpeg",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "text/plain",
  ],
} as const;
