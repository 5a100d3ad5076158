/**
 * The three rates and the 未评价 share, each a large number with the previous period's under it, two
 * to a row so all four are on the first screen; their definitions (domain/stats/rates.ts, the one
 * place they are written) follow in one card.
 */
import { View, Text } from '@tarojs/components';
import { RATES, RATE_TABLE } from '../../../domain/stats/rates';
import type { Figures } from '../../../types/stats';
import { percentText, rateChange } from '@/features/stats/format';
import './RateCards.scss';

export function RateCards(props: { now: Figures; before: Figures }) {
  return (
    <View className="rate-cards">
      {RATES.map((name) => {
        const now = props.now.rates[name];
        const before = props.before.rates[name];
        return (
          <View key={name} className="card rate-card" data-rate={name}>
            <Text className="rate-card__label">{RATE_TABLE[name].label}</Text>
            <Text className="rate-card__value">{percentText(now)}</Text>
            <Text className="rate-card__sub">
              {now.numerator}/{now.denominator} 件 · 上期 {percentText(before)}{' '}
              {rateChange(now.percent, before.percent)}
            </Text>
          </View>
        );
      })}
    </View>
  );
}

/** What each rate means, in the words domain/stats/rates.ts defines it with. */
export function RateDefinitions() {
  return (
    <View className="card rate-definitions">
      {RATES.map((name) => (
        <Text key={name} className="rate-definitions__row">
          <Text className="rate-definitions__name">{RATE_TABLE[name].label}：</Text>
          {RATE_TABLE[name].definition}
        </Text>
      ))}
    </View>
  );
}
