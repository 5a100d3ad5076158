export default definePageConfig({ navigationBarTitleText: '爱心超市商品', enablePullDownRefresh: true });
