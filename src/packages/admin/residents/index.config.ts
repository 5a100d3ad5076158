export default definePageConfig({
  navigationBarTitleText: '居民认证',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
