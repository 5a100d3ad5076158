/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.scss';
declare module '*.css';

/** The WeChat cloud environment id, from config/cloud-env.json (injected by defineConstants). */
declare const CLOUD_ENV_ID: string;
/** The origin of invitation links in QR codes (config/index.ts; README 部署 9); empty when not set up. */
declare const INVITE_LINK_ORIGIN: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony';
  }
}

/** uCharts ships plain JS without types; src/packages/admin/stats/UChart.tsx is its one user. */
declare module '@qiun/ucharts' {
  const UCharts: new (opts: Record<string, unknown>) => unknown;
  export default UCharts;
}
