/**
 * 报到表: the 共建单位 (one of those paired with the community), 所在党组织, skills from the 能力清单
 * plus free text, and when one can serve. Checked by the same zod schema the function parses.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { Button, Input, TextArea } from '@nutui/nutui-react-taro';
import {
  MEMBER_LIMITS,
  TIME_SLOTS,
  TIME_SLOT_LABELS,
  registrationInputSchema,
  type TimeSlot,
} from '../../../../types/members';
import type { UnitView } from '../../../../types/party';
import { SKILLS, SKILL_LABELS, type Skill } from '../../../../types/skills';
import { errorText } from '@/features/errors';
import { registerMember } from '@/services/party';
import { ChoiceList } from '@/components/ChoiceList';
import { Field } from '@/components/Field';
import '@/components/forms.scss';

const toggle = <T,>(list: T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export function RegisterForm(props: { units: UnitView[]; onDone(): void }) {
  const [unitId, setUnitId] = useState(props.units[0]?._id ?? '');
  const [partyOrg, setPartyOrg] = useState('');
  const [skills, setSkills] = useState<Skill[]>([]);
  const [skillsNote, setSkillsNote] = useState('');
  const [times, setTimes] = useState<TimeSlot[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  if (props.units.length === 0) return <Text className="list-hint">本社区还没有登记共建单位，请联系社区。</Text>;

  const submit = async () => {
    const form = registrationInputSchema.safeParse({ unitId, partyOrg, skills, skillsNote, availableTimes: times });
    if (!form.success) return setError(form.error.issues[0]?.message ?? '请检查填写内容');
    setError('');
    setBusy(true);
    const res = await registerMember(form.data);
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    void Taro.showToast({ title: '已提交，等待社区审核', icon: 'success' });
    props.onDone();
  };

  return (
    <View className="party-form">
      <Text className="list-hint">持单位党组织开具的介绍信到社区报到：填好下面几项，社区审核后即报到成功。</Text>
      <Field label="工作单位（共建单位）">
        <ChoiceList
          choices={props.units.map((u) => ({ value: u._id, label: u.name }))}
          value={unitId}
          onChange={setUnitId}
        />
      </Field>
      <Field label="所在党组织">
        <Input
          className="form-input party-org"
          value={partyOrg}
          placeholder="如：县财政局机关党支部"
          maxLength={MEMBER_LIMITS.partyOrg}
          onChange={setPartyOrg}
        />
      </Field>
      <Field label="特长（可多选）">
        <View className="chip-row" role="group" aria-label="特长">
          {SKILLS.map((s) => (
            <View
              key={s}
              className={skills.includes(s) ? 'chip chip--on' : 'chip'}
              role="checkbox"
              aria-checked={skills.includes(s)}
              onClick={() => setSkills(toggle(skills, s))}
            >
              {SKILL_LABELS[s]}
            </View>
          ))}
        </View>
        <TextArea
          className="form-textarea party-skills-note"
          value={skillsNote}
          placeholder="其他特长或说明（选填）"
          maxLength={MEMBER_LIMITS.skillsNote}
          onChange={setSkillsNote}
        />
      </Field>
      <Field label="可服务时间（可多选）">
        <View className="chip-row" role="group" aria-label="可服务时间">
          {TIME_SLOTS.map((t) => (
            <View
              key={t}
              className={times.includes(t) ? 'chip chip--on' : 'chip'}
              role="checkbox"
              aria-checked={times.includes(t)}
              onClick={() => setTimes(toggle(times, t))}
            >
              {TIME_SLOT_LABELS[t]}
            </View>
          ))}
        </View>
      </Field>
      {error && <Text className="form-field__error party-error">{error}</Text>}
      <Button
        className="full-button party-submit"
        type="primary"
        size="large"
        block
        loading={busy}
        onClick={() => void submit()}
      >
        提交报到
      </Button>
    </View>
  );
}
