/**
 * App entry. Sets things up once: the WeChat cloud (weapp only; H5 talks to the local cloud over
 * fetch), WeChat's privacy consent hook, dayjs in Chinese, global styles.
 */
import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import '@nutui/icons-react-taro/dist/style_icon.css';
import './app.scss';
import './features/dayjs-setup';
import { listenForPrivacyRequests } from './features/privacy';

// Module level, not useLaunch: it must run before the first page calls a function.
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: CLOUD_ENV_ID, traceUser: true });
  listenForPrivacyRequests();
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
