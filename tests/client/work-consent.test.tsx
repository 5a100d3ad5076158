/**
 * @jest-environment jsdom
 *
 * Consent at the natural moment (issue 11 point 5): which messages each work tile, 抢单 and
 * 一键发单 ask for, and that a tile's tap asks WeChat first and then opens its page.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SUBSCRIBE_KINDS, TEMPLATE_IDS, type SubscribeKind } from '../../types/notices';
import { ROLES } from '../../types/roles';
import { TileGrid } from '../../src/components/TileGrid';
import { ROLE_TILES, TILES } from '../../src/features/workbench';
import {
  consentForTile,
  DECISION_CONSENT,
  ACTIVITY_CALL_CONSENT,
  BOOKING_CONSENT,
  GRAB_CONSENT,
  MAX_KINDS_PER_ASK,
  QUICK_ORDER_CONSENT,
  WISH_CLAIM_CONSENT,
  WISH_POST_CONSENT,
} from '../../src/features/notices/work-consent';
import { subscribe } from '../../src/services/notices';
import { resetTaroStub } from './stubs/taro';

jest.mock('@tarojs/taro', () => jest.requireActual('./stubs/taro'));
jest.mock('@tarojs/components', () => jest.requireActual('./stubs/components'));
jest.mock('@nutui/nutui-react-taro', () => jest.requireActual('./stubs/nutui'));
jest.mock('@nutui/icons-react-taro', () => new Proxy({}, { get: () => () => null }));
jest.mock('../../src/services/notices', () => ({
  subscribe: jest.fn(async (kinds: string[]) => ({ ok: true, data: { subscribed: kinds } })),
}));

const stub = Taro as unknown as { requestSubscribeMessage: jest.Mock };
beforeEach(() => {
  resetTaroStub();
  stub.requestSubscribeMessage = jest.fn(async ({ tmplIds }: { tmplIds: string[] }) =>
    Object.fromEntries(tmplIds.map((id, i) => [id, i === 0 ? 'accept' : 'reject'])),
  );
});

describe('what each tap asks for', () => {
  it('every tile of every role asks for at most 3 kinds (WeChat’s limit)', () => {
    for (const role of ROLES)
      for (const tile of ROLE_TILES[role])
        expect(consentForTile(tile.key, [role]).length).toBeLessThanOrEqual(MAX_KINDS_PER_ASK);
  });

  it('a party member is not asked for overdue messages only grid workers and admins get', () => {
    expect(consentForTile('grab-hall', ['party_member'])).toEqual(['order_pool', 'order_assigned']);
    expect(consentForTile('grab-hall', ['grid_worker'])).toContain('order_overdue');
    expect(consentForTile('transfers', ['department'])).toEqual(['order_transfer', 'order_overdue']);
    expect(consentForTile('my-points', ['resident'])).toEqual([]);
  });

  it('every kind a person can be sent is asked for somewhere', () => {
    const asked = new Set<SubscribeKind>([
      ...ROLES.flatMap((role) => ROLE_TILES[role].flatMap((t) => consentForTile(t.key, [role]))),
      ...GRAB_CONSENT,
      ...QUICK_ORDER_CONSENT,
      ...DECISION_CONSENT,
      ...ACTIVITY_CALL_CONSENT, // 活动清单's 「召集令提醒我」 for party members
      ...WISH_POST_CONSENT, // 发布心愿's submit
      ...WISH_CLAIM_CONSENT, // 心愿详情's 我来认领
      ...BOOKING_CONSENT, // 确认预约: told if the community must cancel it
      'building_notice', // 楼栋通知's 「有新通知提醒我」
    ]);
    expect([...asked].sort()).toEqual([...SUBSCRIBE_KINDS].sort());
  });
});

describe('a work tile’s tap', () => {
  it('asks WeChat for its kinds, records what was accepted, then opens the page', async () => {
    const kinds = consentForTile('grab-hall', ['party_member']);
    render(<TileGrid tiles={[TILES.grabHall]} elder={false} consent={{ [TILES.grabHall.key]: kinds }} />);
    fireEvent.click(screen.getByText('抢单大厅'));
    expect(stub.requestSubscribeMessage).toHaveBeenCalledWith(
      expect.objectContaining({ tmplIds: [TEMPLATE_IDS.order_pool, TEMPLATE_IDS.order_assigned] }),
    );
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/tasks/pool/index' }));
    expect(subscribe).toHaveBeenCalledWith(['order_pool']); // only what was accepted
  });

  it('still opens the page when WeChat’s prompt fails, and records nothing', async () => {
    stub.requestSubscribeMessage = jest.fn(async () => {
      throw new Error('requestSubscribeMessage:fail');
    });
    render(<TileGrid tiles={[TILES.rectify]} elder={false} consent={{ [TILES.rectify.key]: ['order_rectify'] }} />);
    fireEvent.click(screen.getByText('整改'));
    await waitFor(() => expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/tasks/rectify/index' }));
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('a tile with nothing to ask just opens', () => {
    render(<TileGrid tiles={[TILES.myPoints]} elder={false} consent={{}} />);
    fireEvent.click(screen.getByText('我的积分'));
    expect(stub.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/points/mine/index' });
  });
});
