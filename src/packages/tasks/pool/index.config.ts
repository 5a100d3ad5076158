export default definePageConfig({ navigationBarTitleText: '抢单大厅', enablePullDownRefresh: true });
