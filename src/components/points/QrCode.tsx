/**
 * A QR code of views (src/features/points/qr.ts): a row of views per module row, one view per run
 * of dark modules, ~150 nodes for a code. Module sizes are whole CSS px, so no seams appear between
 * runs; the white margin (quiet zone) of 4 modules is what scanners need to find the code.
 */
import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { qrRows } from '@/features/points/qr';
import './QrCode.scss';

const QUIET_MODULES = 4;

export function QrCode({ text, cell = 8 }: { text: string; cell?: number }) {
  const q = useMemo(() => qrRows(text), [text]);
  const side = q.size * cell;
  return (
    <View
      className="qr-code"
      style={{ width: `${side}px`, height: `${side}px`, padding: `${QUIET_MODULES * cell}px` }}
      aria-label={`二维码 ${text}`}
    >
      {q.rows.map((runs, r) => (
        <View key={r} className="qr-code__row" style={{ height: `${cell}px` }}>
          {runs.map((run) => (
            <View
              key={run.start}
              className="qr-code__run"
              style={{ left: `${run.start * cell}px`, width: `${run.length * cell}px` }}
            />
          ))}
        </View>
      ))}
    </View>
  );
}
