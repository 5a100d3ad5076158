/** A labelled form field with its error under it, for the order forms. */
import type { ReactNode } from 'react';
import { View, Text } from '@tarojs/components';
import './forms.scss';

export function Field(props: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className="form-field">
      <Text className="form-field__label">{props.label}</Text>
      {props.children}
      {props.error && <Text className="form-field__error">{props.error}</Text>}
    </View>
  );
}
