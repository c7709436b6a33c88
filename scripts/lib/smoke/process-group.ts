import { readdirSync, readFileSync } from "node:fs";

export interface GroupMember {
  pid: number;
  commandLine: string;
}

/** The processes whose process group is `groupId`, read from Linux's /proc. */
export function membersOfGroup(groupId: number): GroupMember[] {
  const members: GroupMember[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    try {
      // The command name (field 2) may hold spaces: fields after its closing parenthesis.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const [state, , group] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(group) !== groupId || state === "Z") continue;
      members.push({ pid, commandLine: readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim() });
    } catch {
      // gone while we looked
    }
  }
  return members;
}

/** Waits until no process of the group is left, or `timeoutMs` passes; returns what is left. */
export async function untilGroupEmpty(groupId: number, timeoutMs: number): Promise<GroupMember[]> {
  const deadline = Date.now() + timeoutMs;
  let left = membersOfGroup(groupId);
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    left = membersOfGroup(groupId);
  }
  return left;
}
