/**
 * App config. Main package: the two tabs (and, on H5 only, the dev sign-in page). Admin and rarely
 * used pages live in subpackages (分包), so the main package stays small (WeChat allows 2 MB each).
 */
const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: [
    'pages/home/index',
    'pages/mine/index',
    // On weapp the identity comes from WeChat; the dev sign-in only makes sense in a browser.
    ...(isH5 ? ['pages/login/index'] : []),
  ],
  subPackages: [
    {
      root: 'packages/admin',
      pages: [
        'org/index',
        // 人员管理 (roles with scope) and 居民认证 (the 认证 queue and invitations; 楼栋长 use it too).
        'people/index',
        'residents/index',
        'dispatch/index',
        'orders/index',
        'overdue/index',
        // 积分管理 (加分, 冲正), 爱心超市商品, and 核销 — merchants use 核销 too.
        'points/index',
        'member-points/index',
        'items/index',
        'verify/index',
        // 数据看板 (community admins and 街道管理员)
        'stats/index',
        // 台账导出 (issue 13): the 三单、积分、议事 台账 as Excel.
        'ledgers/index',
        // 阵地管理: 服务阵地 and the 15分钟服务圈
        'places/index',
        // 报到审核 (issue 14): pending 在职党员报到, and one member's 1+X, 结对 and 反馈卡.
        'party/index',
        'party-member/index',
        // 房间与预约: a place's rooms, each day's bookings, blocked times
        'rooms/index',
        // 商家管理: link merchants to their places, name 社区信得过
        'merchants/index',
      ],
    },
    // 加入社区 is where an invitation (share card, 小程序码, QR link) opens the mini-program.
    { root: 'packages/profile', pages: ['edit/index', 'join/index'] },
    // 三单: a resident's order pages with 代办 and 我代办的, and the takers' (抢单大厅, 我的任务, 办结,
    // 网格诉求, 整改).
    { root: 'packages/orders', pages: ['new/index', 'mine/index', 'detail/index', 'proxy/index', 'proxied/index'] },
    { root: 'packages/tasks', pages: ['pool/index', 'mine/index', 'complete/index', 'grid/index', 'rectify/index'] },
    // 积分: 我的积分, 爱心超市, 我的兑换, 红榜 (with the QR code generator, which only they need).
    { root: 'packages/points', pages: ['mine/index', 'mall/index', 'redemptions/index', 'board/index'] },
    // 议事: 议事厅, 会议详情, 公开栏 (四务公开), and 议事管理 (admins run meetings on 会议详情 too).
    { root: 'packages/meetings', pages: ['hall/index', 'detail/index', 'board/index', 'admin/index', 'minutes/index'] },
    // 楼栋通知: the list and detail (subscribe messages link to detail/index), 发布通知, 我的发布, 阅读情况.
    // 服务阵地: the community's places nearest first, with one-tap 导航; 预约场地 and 我的预约; 商家服务
    // (a merchant's services, 确认服务 by the merchant's code) and 我的店铺 (merchant role: code to scan,
    // services, confirmations, 便民服务积分).
    {
      root: 'packages/places',
      pages: ['list/index', 'book/index', 'bookings/index', 'shop/index', 'my-shop/index'],
    },
    // 在职党员报到 (the member's form, status and 1+X) and the 共建单位's page (members, hours, 反馈卡).
    { root: 'packages/party', pages: ['register/index', 'unit/index'] },
    // 微心愿: 心愿墙 / 我的心愿 / 我认领的 / 已圆梦 / 待审核 (tabs of one page), 许个心愿, 心愿详情.
    { root: 'packages/wishes', pages: ['list/index', 'post/index', 'detail/index'] },
    { root: 'packages/notices', pages: ['list/index', 'detail/index', 'post/index', 'mine/index', 'follow/index'] },
    // 活动清单 / 服务清单 (issue 14): the lists, 报名 and 签到 (召集令 messages open detail/index), the host's
    // page (rotating QR, 点名, 一键发放积分), 发布活动, 我的志愿时长, 我的报名.
    {
      root: 'packages/activities',
      pages: ['list/index', 'detail/index', 'host/index', 'publish/index', 'hours/index', 'mine/index'],
    },
  ],
  // The order and points pages are one tap from the home: fetch them while the person reads it, so
  // the tap (or 一键发单's jump to the new order) opens at once.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/orders', 'packages/points'] },
  },
  window: {
    navigationBarTitleText: '邻里通',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f5f5',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    color: '#555555',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '工作台',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  // 服务阵地: 用我的位置 and the staff's map picker (WeChat asks the person on the tap).
  permission: { 'scope.userLocation': { desc: '用于计算您到服务阵地的距离' } },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // WeChat asks for consent before any privacy API runs; src/features/privacy.ts shows our popup.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
});
