export default definePageConfig({ navigationBarTitleText: '商家服务' });
