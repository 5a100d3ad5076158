export default definePageConfig({ navigationBarTitleText: '活动主持' });
