export default definePageConfig({ navigationBarTitleText: '全部诉求', enablePullDownRefresh: true });
