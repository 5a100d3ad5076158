/**
 * What a masked view of an order (the pool's view, for people who may grab it but are not yet
 * involved) keeps of its free text and its timeline (issue 12, point 2). Masking covers every field:
 * the resident's name, wherever it appears as an actor, is masked like `residentName`; notes and
 * people's written answers are left out, because anyone may have written a name, a room or a phone
 * into them. Pure; the `orders` function applies it to every masked answer.
 */
import { maskName } from '../mask';

export interface TimelineLine {
  actorId: string;
  actorName: string;
  note?: string;
}

/** One timeline line as a masked view shows it: the resident's name masked, no note. */
export function maskTimelineLine<T extends TimelineLine>(line: T, residentId: string): T {
  const { note: _note, ...rest } = line;
  return { ...rest, actorName: line.actorId === residentId ? maskName(line.actorName) : line.actorName } as T;
}

/** The written answers a masked view leaves out (the rating's score stays; its comment does not). */
export const TEXT_LEFT_OUT_WHEN_MASKED = ['reply', 'completionNote', 'rectification', 'waitReason'] as const;
