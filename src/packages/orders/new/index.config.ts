export default definePageConfig({ navigationBarTitleText: '我要点单' });
