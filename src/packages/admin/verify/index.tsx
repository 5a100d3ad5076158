/**
 * 核销 (admins and merchants, at the counter): scan the resident's QR code (weapp) or type the
 * code they show; the redemption is fulfilled once — of two counters at once, one succeeds — and
 * the page says what to hand over and to whom, or why not (已核销 / 已取消 / 已过期 / 找不到).
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input } from '@nutui/nutui-react-taro';
import type { RedemptionView } from '../../../../types/points';
import { useTextSize } from '@/features/elder-mode';
import { errorText } from '@/features/errors';
import { IS_WEAPP } from '@/features/platform';
import { checkCode, codeFromScan, formatCode } from '@/features/points/code';
import { costText } from '@/features/points/labels';
import { verifyCode } from '@/services/points';
import { Field } from '@/components/Field';
import '../../../components/points/points.scss';
import './index.scss';

type Outcome = { ok: true; redemption: RedemptionView } | { ok: false; code: string; message: string };

export default function VerifyPage() {
  const text = useTextSize();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const verify = async (code: string) => {
    if (busy) return;
    setBusy(true);
    setProblem('');
    const res = await verifyCode(code);
    setBusy(false);
    setOutcome(
      res.ok ? { ok: true, redemption: res.data.redemption } : { ok: false, code, message: errorText(res.error) },
    );
    if (res.ok) setTyped('');
  };

  const submitTyped = () => {
    const checked = checkCode(typed);
    if ('error' in checked) return setProblem(checked.error);
    void verify(checked.code);
  };

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const read = codeFromScan(res.result ?? '');
      if ('error' in read) return setOutcome({ ok: false, code: '', message: read.error });
      void verify(read.code);
    } catch {
      // cancelled the scan: nothing to do
    }
  };

  return (
    <View className={text.className}>
      {IS_WEAPP && (
        <Button className="full-button verify-scan" type="primary" size="large" block onClick={() => void scan()}>
          扫码核销
        </Button>
      )}
      <View className="card sheet-form">
        <Field label={IS_WEAPP ? '扫不了？输入居民出示的 8 位兑换码' : '输入居民出示的 8 位兑换码'} error={problem}>
          <Input
            className="form-input verify-input"
            value={typed}
            placeholder="例如 7K3M 9QXZ"
            maxLength={12}
            onChange={(v) => {
              setTyped(v.toUpperCase());
              setProblem('');
            }}
            onConfirm={submitTyped}
          />
        </Field>
        <Button
          className="verify-submit"
          type={IS_WEAPP ? 'default' : 'primary'}
          size="large"
          block
          loading={busy}
          disabled={busy}
          onClick={submitTyped}
        >
          核销
        </Button>
      </View>

      {outcome && <OutcomeCard outcome={outcome} />}
    </View>
  );
}

function OutcomeCard({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok) {
    return (
      <View className="card verify-result verify-result--fail" role="alert">
        <Text className="verify-result__mark">✕</Text>
        <Text className="verify-result__title">不能核销</Text>
        {outcome.code && <Text className="verify-result__line">兑换码 {formatCode(outcome.code)}</Text>}
        <Text className="verify-result__line">{outcome.message}</Text>
      </View>
    );
  }
  const r = outcome.redemption;
  return (
    <View className="card verify-result verify-result--ok">
      <Text className="verify-result__mark">✓</Text>
      <Text className="verify-result__title">核销成功，请交付商品</Text>
      <Text className="verify-result__item">{r.itemName}</Text>
      <Text className="verify-result__line">兑换人：{r.userName}</Text>
      <Text className="verify-result__line">
        {costText(r.cost)} · 兑换码 {formatCode(r.code)}
      </Text>
    </View>
  );
}
