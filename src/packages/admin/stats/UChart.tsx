/**
 * One chart drawn by uCharts (@qiun/ucharts) on a canvas 2d context — the same code on weapp and
 * H5 (README, 数据看板: why uCharts). It is imported only by the 数据看板 page, so the library lands
 * in the admin sub-package (weapp) and in this page's chunk (H5), never in the first screen.
 * The canvas is a picture: its label says what it shows, and the page puts the numbers beside it
 * as a table (src/features/stats/charts.ts builds both).
 */
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Canvas } from '@tarojs/components';
import UCharts from '@qiun/ucharts';
import type { ChartOptions } from '@/features/stats/charts';

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}

interface Found {
  canvas: CanvasNode;
  /** CSS px */
  width: number;
  height: number;
}

const pixelRatio = (): number => {
  try {
    return Taro.getSystemInfoSync().pixelRatio || 1;
  } catch {
    return 1;
  }
};

/** H5: Taro's <Canvas> is a <taro-canvas-core> holding a real <canvas>. */
function findOnH5(id: string): Promise<Found | null> {
  const host = document.getElementById(id);
  const canvas = host?.tagName === 'CANVAS' ? (host as HTMLCanvasElement) : host?.querySelector('canvas');
  if (!canvas) return Promise.resolve(null);
  const box = canvas.getBoundingClientRect();
  return Promise.resolve({ canvas, width: box.width, height: box.height });
}

/** weapp: the canvas 2d node, asked for after the page's setData (Taro runs exec on nextTick). */
function findOnWeapp(id: string): Promise<Found | null> {
  return new Promise((resolve) => {
    Taro.createSelectorQuery()
      .select(`#${id}`)
      .fields({ node: true, size: true })
      .exec((res: ({ node?: CanvasNode; width: number; height: number } | null)[]) => {
        const hit = res?.[0];
        resolve(hit?.node ? { canvas: hit.node, width: hit.width, height: hit.height } : null);
      });
  });
}

const find = (id: string) => (process.env.TARO_ENV === 'h5' ? findOnH5(id) : findOnWeapp(id));

export function UChart(props: { id: string; title: string; options: ChartOptions; height: number }) {
  const { id, options } = props;
  useEffect(() => {
    let stopped = false;
    let tries = 0;
    const draw = async () => {
      const found = await find(id);
      if (stopped) return;
      // The node may not be laid out in the first tick after a render: try a few more.
      if (!found || found.width <= 0) {
        if (++tries < 10) setTimeout(() => void draw(), 60);
        return;
      }
      const ratio = pixelRatio();
      found.canvas.width = Math.round(found.width * ratio);
      found.canvas.height = Math.round(found.height * ratio);
      new UCharts({
        ...options,
        context: found.canvas.getContext('2d'),
        canvas2d: true,
        width: found.canvas.width,
        height: found.canvas.height,
        pixelRatio: ratio,
        animation: false,
        background: '#FFFFFF',
        padding: [12, 12, 4, 8],
      });
    };
    void draw();
    return () => {
      stopped = true;
    };
  }, [id, options]);
  return (
    <Canvas
      type="2d"
      id={id}
      canvasId={id}
      className="uchart"
      style={{ height: `${props.height}px` }}
      aria-label={props.title}
    />
  );
}
