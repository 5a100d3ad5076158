export default definePageConfig({ navigationBarTitleText: '我代办的', enablePullDownRefresh: true });
