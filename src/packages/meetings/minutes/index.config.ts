export default definePageConfig({
  navigationBarTitleText: '会议纪要',
  enablePullDownRefresh: true,
  enableShareAppMessage: true,
});
