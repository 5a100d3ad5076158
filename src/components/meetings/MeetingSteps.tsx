/** The steps of a meeting's type, top to bottom, the current one highlighted (NutUI Steps). */
import { View } from '@tarojs/components';
import { Step, Steps } from '@nutui/nutui-react-taro';
import type { MeetingView } from '../../../types/meetings';
import { stepDisplay } from '@/features/meetings/steps';
import './meetings.scss';

export function MeetingSteps(props: { meeting: MeetingView }) {
  const d = stepDisplay(props.meeting);
  // NutUI counts from 1: steps before `value` are done, the one at `value` is in progress.
  return (
    <View className="meeting-steps">
      <Steps value={d.current + 1} direction="vertical">
        {d.labels.map((label, i) => (
          <Step
            key={label + i}
            value={i + 1}
            title={label}
            description={i === d.current && !d.finished ? '当前步骤' : ''}
          />
        ))}
      </Steps>
    </View>
  );
}
