export default definePageConfig({ navigationBarTitleText: '商家管理', enablePullDownRefresh: true });
