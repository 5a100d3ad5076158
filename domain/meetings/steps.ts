/**
 * A meeting's steps as a state machine (issue #5). The only move is `advance`, which goes from a
 * step to the one after it in the type's table (types/meetings.ts STEP_TABLE), and from the last
 * step to `finished`. So no step can be skipped or repeated: a caller names the step it read, and
 * the function updates only while the meeting is still on that step.
 */
import {
  FINISHED_ROW,
  MEETING_PHASES,
  STEP_TABLE,
  type MeetingPhase,
  type MeetingStep,
  type MeetingType,
  type StepRow,
} from '../../types/meetings';
import { refuse, type Refused } from '../../types/refusals';
import { sittingOver } from './attendance';

export type StepResult = { ok: true; to: MeetingStep } | Refused;

/** Every step a meeting of this type passes through, `finished` last. */
export function stepsOf(type: MeetingType): readonly StepRow[] {
  return [...STEP_TABLE[type], FINISHED_ROW];
}

export const firstStep = (type: MeetingType): MeetingStep => STEP_TABLE[type][0].step;

export function rowOf(type: MeetingType, step: MeetingStep): StepRow | undefined {
  return stepsOf(type).find((r) => r.step === step);
}

export function nextStep(type: MeetingType, from: MeetingStep): StepResult {
  const steps = stepsOf(type);
  const at = steps.findIndex((r) => r.step === from);
  if (at < 0) return refuse('MEETING_STEP_UNKNOWN');
  if (at === steps.length - 1) return refuse('MEETING_FINISHED');
  return { ok: true, to: steps[at + 1].step };
}

const rank = (phase: MeetingPhase) => MEETING_PHASES.indexOf(phase);

function phaseOf(type: MeetingType, step: MeetingStep): MeetingPhase {
  return rowOf(type, step)?.phase ?? 'finished';
}

export type StepAction = 'propose' | 'attend' | 'record' | 'decide' | 'publish';

/**
 * Which actions a meeting on this step takes: null when it may, else the refusal
 * (MEETING_FINISHED, or MEETING_STEP_CLOSED saying which step it waits for).
 */
export function stepAllows(type: MeetingType, step: MeetingStep, action: StepAction): Refused | null {
  const p = rank(phaseOf(type, step));
  if (p === rank('finished')) return refuse('MEETING_FINISHED');
  const closed = (message: string) => refuse('MEETING_STEP_CLOSED', message);
  switch (action) {
    case 'propose':
      return p < rank('deliberate') ? null : closed('会议已进入议事环节，请向社区议题库提议');
    case 'attend': // and only in its time window: attendance.ts signInAllows
      return sittingOver(type, step) ? refuse('SIGN_IN_CLOSED') : null;
    case 'record':
    case 'decide':
      return p >= rank('deliberate') ? null : closed('会议尚未进入议事环节');
    case 'publish':
      return p >= rank('publish') || (p >= rank('deliberate') && !hasPublishStep(type))
        ? null
        : closed('尚未到公布决策环节');
  }
}

/** The same rule as a yes/no, for the buttons a meeting page offers. */
export const stepOpen = (type: MeetingType, step: MeetingStep, action: StepAction): boolean =>
  stepAllows(type, step, action) === null;

/** Types whose steps have no publish phase publish from deliberation on (书记下午茶). */
function hasPublishStep(type: MeetingType): boolean {
  return STEP_TABLE[type].some((r) => r.phase === 'publish');
}
