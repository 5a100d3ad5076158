/**
 * 预约服务阵地 end to end (issue 15): 周奶奶 opens 服务阵地, the nearest 红色驿站 is first, she opens its
 * 预约, picks 明天 (舞蹈队's 09:00 shows only 已约, 19:00 不可约 for a 社区活动), books the first free slot
 * of its 活动室 and sees it in 我的预约; 李书记 sees her name on the room's day in 房间与预约, then needs
 * the room and cancels her booking with a reason; she reads 已被社区取消 and why in 我的预约.
 * Demo data: scripts/demo-bookings.ts. Screenshots: tests/artifacts/screenshots/bookings-*.png.
 */
import { resolve } from 'node:path';
import { startTestCloud } from '../support/cloud';
import { openPhone, type Phone } from './support/phone';
import { actAs, openTile, scrollTop, shown as shownOn } from './support/h5';

const H5_DIR = resolve(__dirname, '../../dist/h5');

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let phone: Phone;

beforeAll(async () => {
  cloud = await startTestCloud({ staticDir: H5_DIR });
  phone = await openPhone();
});

afterAll(async () => {
  await phone?.close();
  await cloud?.close();
});

const shown = (selector: string) => shownOn(phone.page, selector);
const settle = () => phone.page.waitForTimeout(600);
let bookedTime = '';

test('周奶奶 finds the nearest 红色驿站 and books its 活动室 for a free slot tomorrow', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  await openTile(phone.page, '服务阵地', '**/packages/places/list/index');
  await shown('.chip').getByText('红色驿站', { exact: true }).click();
  const first = shown('.place-card').first();
  await first.getByText('红色驿站（幸福路）').waitFor();
  await first.getByText('15分钟内').waitFor();
  await settle();
  await phone.shot('bookings-01-nearest-station');

  await first.locator('.nut-button.place-card__book').click();
  await phone.page.waitForURL('**/packages/places/book/index?placeId=place-demo-station-1');
  await shown('.booking-head__name').getByText('红色驿站（幸福路）').waitFor();
  await shown('.booking-head')
    .getByText(/活动室 · 可容纳 20 人/)
    .waitFor();
  await shown('.booking-day').filter({ hasText: '明天' }).click();
  // 舞蹈队's 09:00 is 已约 — and nothing says whose
  const nine = shown('.slot').filter({ hasText: '09:00-10:00' });
  await nine.getByText('已约').waitFor();
  await shown('.slot').filter({ hasText: '19:00-20:00' }).getByText('社区活动占用').waitFor();
  const body = (await phone.page.locator('body').textContent()) ?? '';
  for (const secret of ['吴大爷', '舞蹈队', '广场舞排练']) expect(body).not.toContain(secret);
  await settle();
  await phone.shot('bookings-02-slot-grid');

  const free = shown('.slot.slot--free').first();
  bookedTime = ((await free.locator('.slot__time').textContent()) ?? '').trim();
  expect(bookedTime).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
  await free.click();
  await shown('.booking-purpose input').fill('老年合唱练习');
  await shown('.booking-headcount input').fill('6');
  await settle();
  await phone.shot('bookings-03-confirm');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.booking-done').getByText('预约成功').waitFor();
  await shown('.slot.slot--mine').filter({ hasText: bookedTime }).waitFor();
  expect(cloud.store.find('bookings', { purpose: '老年合唱练习', status: 'booked' })).toHaveLength(1);
  await scrollTop(phone.page);
  await settle();
  await phone.shot('bookings-04-booked');

  await shown('.nut-button.booking-to-mine').click();
  await phone.page.waitForURL('**/packages/places/bookings/index');
  const card = shown('.booking-card').filter({ hasText: '老年合唱练习' });
  await card.getByText(/红色驿站（幸福路） · 活动室/).waitFor();
  await card.getByText(new RegExp(bookedTime)).waitFor();
  await settle();
  await phone.shot('bookings-05-mine');
});

test('李书记 sees who booked on the room’s day in 房间与预约', async () => {
  await actAs(phone.page, cloud.url, 'demo-admin');
  await openTile(phone.page, '阵地管理', '**/packages/admin/places/index');
  await shown('.place-card').filter({ hasText: '红色驿站（幸福路）' }).locator('.nut-button.place-rooms').click();
  await phone.page.waitForURL('**/packages/admin/rooms/index?placeId=place-demo-station-1');
  await shown('.booking-day').filter({ hasText: '明天' }).click();
  const row = shown('.schedule-row').filter({ hasText: bookedTime });
  await row.getByText(/周奶奶 · 6 人 · 老年合唱练习/).waitFor();
  await shown('.schedule-row')
    .filter({ hasText: '09:00-10:00' })
    .getByText(/吴大爷（舞蹈队）/)
    .waitFor();
  await settle();
  await phone.shot('bookings-06-staff-schedule');
});

test('李书记 needs the room: cancels 周奶奶’s booking with a reason; the slot is free again', async () => {
  const row = shown('.schedule-row').filter({ hasText: bookedTime });
  await row.locator('.nut-button.room-staff-cancel').click();
  await shown('.sheet-dialog').getByText('取消这个预约').waitFor();
  // no reason, no cancel
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.sheet-dialog').getByText('请填写取消原因').waitFor();
  await shown('.booking-cancel-reason input').fill('防汛值班需要用房');
  await settle();
  await phone.shot('bookings-07-staff-cancel');
  await shown('.nut-button.sheet-dialog__confirm').click();
  await shown('.schedule-row').filter({ hasText: bookedTime }).getByText('空闲').waitFor();
  expect(cloud.store.find('bookings', { purpose: '老年合唱练习' })[0]).toMatchObject({
    status: 'staff_cancelled',
    cancelReason: '防汛值班需要用房',
  });
  await settle();
  await phone.shot('bookings-08-slot-free');
});

test('周奶奶 reads 已被社区取消 and why in 我的预约', async () => {
  await actAs(phone.page, cloud.url, 'demo-resident-1');
  // the message's link opens 我的预约 on that booking
  const bookingId = cloud.store.find('bookings', { purpose: '老年合唱练习' })[0]._id as string;
  await phone.page.goto(`${cloud.url}/packages/places/bookings/index?bookingId=${bookingId}`);
  const card = shown('.booking-card.booking-card--opened');
  await card.getByText('已被社区取消').waitFor();
  await card.getByText('原因：防汛值班需要用房').waitFor();
  expect(await card.locator('.booking-cancel').count()).toBe(0);
  await settle();
  await phone.shot('bookings-09-mine-cancelled');
});
