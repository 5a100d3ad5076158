/**
 * Add or edit a 服务阵地: name, kind, address, where it is, hours, what it offers, a phone. Where it
 * is: 在地图上选 on weapp (WeChat's map picker), or 用我现在的位置 standing at its door, or the two
 * numbers typed in. The whole draft is checked by the same schema the function uses
 * (types/places.ts), so the sheet and the cloud never disagree about what is valid.
 */
import { useState } from 'react';
import { View, Text } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import {
  PLACE_SERVICES,
  PLACE_TYPES,
  PLACE_TYPE_LABELS,
  placeInputSchema,
  type GeoPoint,
  type PlaceInput,
  type PlaceService,
  type PlaceType,
  type PlaceView,
} from '../../../../types/places';
import { errorText } from '@/features/errors';
import { IS_WEAPP } from '@/features/platform';
import { pickOnMap, whereAmI } from '@/features/places/location';
import { savePlace } from '@/services/places';
import { SheetDialog } from '@/components/SheetDialog';
import { Field } from '@/components/Field';

interface Draft {
  name: string;
  type: PlaceType;
  address: string;
  lat: string;
  lng: string;
  hours: string;
  services: PlaceService[];
  phone: string;
}

const EMPTY: Draft = {
  name: '',
  type: 'red_station',
  address: '',
  lat: '',
  lng: '',
  hours: '',
  services: [],
  phone: '',
};

const draftOf = (p: PlaceView): Draft => ({
  name: p.name,
  type: p.type,
  address: p.address,
  lat: String(p.location.lat),
  lng: String(p.location.lng),
  hours: p.hours,
  services: [...p.services],
  phone: p.phone ?? '',
});

/** The draft as the function's input, or the first problem per field (Chinese, from the schema). */
function check(d: Draft, photos: string[]): { place?: PlaceInput; errors: Partial<Record<keyof Draft, string>> } {
  const input = {
    name: d.name,
    type: d.type,
    address: d.address,
    location: { lat: d.lat === '' ? NaN : Number(d.lat), lng: d.lng === '' ? NaN : Number(d.lng) },
    hours: d.hours,
    services: d.services,
    ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
    photos,
  };
  const parsed = placeInputSchema.safeParse(input);
  if (parsed.success) return { place: parsed.data, errors: {} };
  const errors: Partial<Record<keyof Draft, string>> = {};
  for (const issue of parsed.error.issues) {
    const [top, sub] = issue.path as string[];
    const key = (top === 'location' ? sub : top) as keyof Draft;
    errors[key] ??= top === 'location' ? '请选择或填写位置' : issue.message;
  }
  return { errors };
}

export function PlaceSheet(props: { place?: PlaceView; onClose(): void; onSaved(): void }) {
  const [draft, setDraft] = useState<Draft>(() => (props.place ? draftOf(props.place) : EMPTY));
  const [errors, setErrors] = useState<Partial<Record<keyof Draft, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState('');
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    setDraft((d) => ({ ...d, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };
  const at = (p: GeoPoint) => {
    set('lat', p.lat.toFixed(6));
    set('lng', p.lng.toFixed(6));
  };
  const toggle = (s: PlaceService) =>
    set('services', draft.services.includes(s) ? draft.services.filter((x) => x !== s) : [...draft.services, s]);

  const save = async () => {
    if (busy) return;
    const { place, errors: found } = check(draft, props.place?.photos ?? []);
    setErrors(found);
    if (!place) return;
    setBusy(true);
    setFailure('');
    const res = await savePlace(place, props.place?._id);
    setBusy(false);
    if (!res.ok) return setFailure(errorText(res.error));
    props.onSaved();
    props.onClose();
  };

  const text = (key: 'name' | 'address' | 'hours' | 'phone', label: string, placeholder: string, max: number) => (
    <Field label={label} error={errors[key]}>
      <Input
        className={`form-input place-${key}`}
        value={draft[key]}
        placeholder={placeholder}
        maxLength={max}
        onChange={(v) => set(key, v)}
      />
    </Field>
  );

  return (
    <SheetDialog
      visible
      title={props.place ? `编辑「${props.place.name}」` : '登记服务阵地'}
      confirmText="保存"
      busy={busy}
      error={failure}
      onCancel={props.onClose}
      onConfirm={() => void save()}
    >
      <View className="sheet-scroll sheet-form">
        {text('name', '名称', '例如 红色驿站（幸福路）', 30)}
        <Field label="类型">
          <View className="chip-row">
            {PLACE_TYPES.map((t) => (
              <Text key={t} className={draft.type === t ? 'chip chip--on' : 'chip'} onClick={() => set('type', t)}>
                {PLACE_TYPE_LABELS[t]}
              </Text>
            ))}
          </View>
        </Field>
        {text('address', '地址', '例如 幸福路 18 号', 60)}
        <Field label="位置（经纬度）" error={errors.lat || errors.lng}>
          <View className="place-where-buttons">
            {IS_WEAPP && (
              <Text className="chip place-pick" onClick={() => void pickOnMap().then((p) => p && at(p))}>
                在地图上选
              </Text>
            )}
            <Text className="chip place-here" onClick={() => void whereAmI().then((r) => r.ok && at(r.at))}>
              用我现在的位置
            </Text>
          </View>
          <View className="place-latlng">
            <Input
              className="form-input place-lat"
              type="digit"
              value={draft.lat}
              placeholder="纬度 30.28"
              onChange={(v) => set('lat', v)}
            />
            <Input
              className="form-input place-lng"
              type="digit"
              value={draft.lng}
              placeholder="经度 120.16"
              onChange={(v) => set('lng', v)}
            />
          </View>
        </Field>
        {text('hours', '开放时间', '例如 每天 8:00-20:00', 40)}
        <Field label="提供的服务（可多选）">
          <View className="chip-row">
            {PLACE_SERVICES.map((s) => (
              <Text key={s} className={draft.services.includes(s) ? 'chip chip--on' : 'chip'} onClick={() => toggle(s)}>
                {s}
              </Text>
            ))}
          </View>
        </Field>
        {text('phone', '对外电话（可不填）', '手机号或带区号的座机', 13)}
      </View>
    </SheetDialog>
  );
}
