export default definePageConfig({ navigationBarTitleText: '房间与预约' });
