/** Function `meetings`: 议事 — 五步议事法, 书记下午茶, 逢四说事, 联席会议 — from topic to follow-up. */
import { meetingsEventSchema, type MeetingsEvent } from '../../types/meetings';
import { defineFunction } from '../_shared/define-function';
import { advanceMeeting } from './advance';
import { attendMeeting } from './attend';
import { createMeeting } from './create';
import { decide, publishMeeting, recordNotes, reportProgress } from './decisions';
import { getMeeting, listMeetings, readBoard } from './read';
import { listTopics, proposeTopic, reviewTopic } from './topics';

export const main = defineFunction<MeetingsEvent>('meetings', meetingsEventSchema, {
  create: (e) => createMeeting(e),
  propose: (e) => proposeTopic(e),
  review: (e) => reviewTopic(e),
  advance: (e) => advanceMeeting(e),
  attend: (e) => attendMeeting(e),
  record: (e) => recordNotes(e),
  decide: (e) => decide(e),
  publish: (e) => publishMeeting(e),
  progress: (e) => reportProgress(e),
  get: (e) => getMeeting(e),
  list: (e) => listMeetings(e),
  board: (e) => readBoard(e),
  topics: (e) => listTopics(e),
});
