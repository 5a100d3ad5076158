/**
 * A page's tabs (议事厅 社区会议 / 我的议题, 阅读情况 未读 / 已读): NutUI Tabs, titles only — the page
 * shows the chosen tab's content below, so a switch keeps what each tab already loaded.
 */
import { Tabs } from '@nutui/nutui-react-taro';
import './PageTabs.scss';

export function PageTabs<V extends string>(props: {
  value: V;
  tabs: readonly { value: V; title: string }[];
  onChange(value: V): void;
}) {
  return (
    <Tabs className="page-tabs" value={props.value} onChange={(v) => props.onChange(String(v) as V)}>
      {props.tabs.map((t) => (
        <Tabs.TabPane key={t.value} title={t.title} value={t.value} />
      ))}
    </Tabs>
  );
}
