/** dayjs speaks Chinese everywhere ("3 分钟前", "星期一"). Imported once, by app.ts. */
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);
dayjs.locale('zh-cn');

export default dayjs;
