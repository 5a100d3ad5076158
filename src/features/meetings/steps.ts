/**
 * A meeting's steps for display: the type's steps in order (已结束 last), which one it is on, and
 * the words of the 推进 button. The order of STEP_TABLE is the state machine, so the client reads
 * it from types/ rather than keeping its own list. Pure.
 */
import type { MeetingView } from '../../../types/meetings';

export interface StepDisplay {
  /** The labels in order, 已结束 last. */
  labels: string[];
  /** 0-based index of the current step. */
  current: number;
  finished: boolean;
  /** The step after the current one, for "推进到「…」"; '' once finished. */
  nextLabel: string;
}

export function stepDisplay(m: Pick<MeetingView, 'steps' | 'step'>): StepDisplay {
  const labels = m.steps.map((s) => s.label);
  const found = m.steps.findIndex((s) => s.step === m.step);
  const current = found < 0 ? 0 : found;
  const finished = m.step === 'finished';
  return { labels, current, finished, nextLabel: finished ? '' : (labels[current + 1] ?? '') };
}

/** "第 2 步 / 共 5 步 · 议题审议", or "已结束". The count leaves out 已结束, which is not a step one runs. */
export function stepLine(m: Pick<MeetingView, 'steps' | 'step' | 'stepLabel'>): string {
  const d = stepDisplay(m);
  if (d.finished) return '已结束';
  return `第 ${d.current + 1} 步 / 共 ${d.labels.length - 1} 步 · ${m.stepLabel || d.labels[d.current]}`;
}

/** The meeting's kind: its own name for 其他议事 (凉亭议事会), else the type's. */
export const kindOf = (m: Pick<MeetingView, 'typeLabel' | 'name'>): string => m.name || m.typeLabel;

/**
 * 进行中 (still on a step, whether or not its day has come: 议题落实 runs for weeks) before 已结束.
 */
export function splitByStep<M extends Pick<MeetingView, 'step' | 'startsAt'>>(
  meetings: readonly M[],
): { upcoming: M[]; past: M[] } {
  const upcoming: M[] = [];
  const past: M[] = [];
  for (const m of meetings) (m.step === 'finished' ? past : upcoming).push(m);
  // The soonest first among upcoming (the list arrives latest-first).
  upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  return { upcoming, past };
}
