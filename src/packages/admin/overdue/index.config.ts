export default definePageConfig({ navigationBarTitleText: '超时诉求', enablePullDownRefresh: true });
