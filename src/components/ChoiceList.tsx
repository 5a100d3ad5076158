/** Pick one from a short list: each row a full-width tap target, the chosen one outlined in red. */
import { View, Text } from '@tarojs/components';
import './ChoiceList.scss';

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

export function ChoiceList(props: { choices: Choice[]; value: string; onChange(value: string): void }) {
  return (
    <View className="choice-list" role="radiogroup">
      {props.choices.map((c) => (
        <View
          key={c.value}
          className={props.value === c.value ? 'choice choice--on' : 'choice'}
          role="radio"
          aria-checked={props.value === c.value}
          onClick={() => props.onChange(c.value)}
        >
          <Text className="choice__label">{c.label}</Text>
          {c.hint && <Text className="choice__hint">{c.hint}</Text>}
        </View>
      ))}
    </View>
  );
}
