/** One sign-up per person per activity: a double tap, a retry or two racing taps land on one record. */
import { hex24 } from './hash';

export const signupIdFor = (activityId: string, userId: string): string => 'as_' + hex24(`${activityId}:${userId}`);
