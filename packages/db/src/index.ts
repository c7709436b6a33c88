export { createDb, sharedDb, type Db, type DbOptions } from "./client.ts";
export {
  inTransaction,
  isExclusionViolation,
  isRetryableConflict,
  isUniqueViolation,
  sqlStateOf,
  type TransactionOptions,
  type Tx,
} from "./transaction.ts";
export { statementsRun } from "./statement-count.ts";
export { newId } from "./ids.ts";
export { rowFromJson } from "./json-row.ts";
export { databaseAnswers } from "./health.ts";
export { listenToChannel, type ChannelHandlers, type ChannelListener } from "./listen.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export * from "./generated/prisma/enums.ts";
export type {
  ApiToken,
  AuditLog,
  Booking,
  Lesson,
  LessonPackage,
  Notification,
  OutboxEvent,
  Payment,
  Slot,
  TeacherProfile,
  User,
} from "./generated/prisma/client.ts";
