import "server-only";
import { calendarWeek } from "@/lib/calendar-week";
import { api, signedInUser } from "@/trpc/server";

/**
 * What `<BookLesson>` asks for first, asked on the server with the same inputs (so the same query
 * keys): the lessons left, the slots held, and this week's open slots on the student's clock.
 */
export async function prefetchBookLesson({ teacherId, fixedTeacher }: { teacherId?: string; fixedTeacher: boolean }) {
  const { timezone } = await signedInUser();
  const week = calendarWeek(new Date(), timezone, { startsOn: "today" });
  await Promise.all([
    api.billing.myPackages.prefetch(),
    api.booking.my.prefetch({ status: "HOLD", limit: 20 }),
    api.scheduling.openSlots.prefetchInfinite({ teacherId, from: week.from, to: week.to, limit: 100 }),
    // The teacher filter's choices, shown unless the page is one teacher's.
    fixedTeacher ? undefined : api.teachers.list.prefetch({ limit: 100 }),
  ]);
}
