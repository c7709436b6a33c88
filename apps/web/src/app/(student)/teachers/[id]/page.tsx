import { TeacherProfile } from "@/components/student/teacher-profile";

export default async function TeacherPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <TeacherProfile teacherId={id} />;
}
