import { prefetchBookLesson } from "@/components/student/prefetch-book-lesson";
import { TeacherProfile } from "@/components/student/teacher-profile";
import { api, HydrateClient, prefetchPage } from "@/trpc/server";

export default async function TeacherPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await prefetchPage(api.teachers.get.prefetch({ teacherId: id }), prefetchBookLesson({ teacherId: id, fixedTeacher: true }));
  return (
    <HydrateClient>
      <TeacherProfile teacherId={id} />
    </HydrateClient>
  );
}
