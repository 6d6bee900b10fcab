/**
 * CPU seconds (user + system) used so far by processes and all their descendants, from /proc
 * (Linux only; elsewhere null). The benchmark reads it before and after a cell: the server's CPU
 * time per request is what one more core can serve, independent of how busy the machine is.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

type Stat = { ppid: number; ticks: number };

function readStats(): Map<number, Stat> {
  const out = new Map<number, Stat>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name "(…)": state ppid … utime(14) stime(15).
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      out.set(Number(entry), { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export function treeCpuSeconds(roots: number[]): number | null {
  if (process.platform !== "linux" || roots.length === 0) return null;
  const stats = readStats();
  const children = new Map<number, number[]>();
  for (const [pid, s] of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  const seen = new Set<number>();
  const stack = [...roots];
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  let ticks = 0;
  for (const pid of seen) ticks += stats.get(pid)?.ticks ?? 0;
  return ticks / clockTicks();
}
