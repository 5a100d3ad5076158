/**
 * Timer triggers for the local cloud. In the WeChat cloud a function's config.json `triggers` run
 * it on a cron schedule; locally `npm start` runs every function that declares a timer trigger
 * once a minute (LOCAL_TIMER_SECONDS to change), with the event the cloud sends and no OPENID.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Trigger {
  name: string;
  type: string;
}

export function timerFunctions(functionsDir: string): Array<{ fn: string; trigger: string }> {
  if (!existsSync(functionsDir)) return [];
  return readdirSync(functionsDir).flatMap((fn) => {
    const configPath = join(functionsDir, fn, 'config.json');
    if (!existsSync(configPath)) return [];
    const triggers = (JSON.parse(readFileSync(configPath, 'utf8')).triggers ?? []) as Trigger[];
    return triggers.filter((t) => t.type === 'timer').map((t) => ({ fn, trigger: t.name }));
  });
}

export function startTimers(baseUrl: string, functionsDir: string, log: (line: string) => void): () => void {
  const seconds = Number(process.env.LOCAL_TIMER_SECONDS ?? 60);
  const timers = timerFunctions(functionsDir).map(({ fn, trigger }) =>
    setInterval(() => {
      const event = { Type: 'Timer', TriggerName: trigger, Time: new Date().toISOString() };
      fetch(`${baseUrl}/cloud/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      })
        .then((res) => res.json())
        .then((body: { ok?: boolean }) => body.ok || log(`[timer] ${fn} answered an error`))
        .catch(() => log(`[timer] ${fn} could not be reached`));
    }, seconds * 1000),
  );
  return () => timers.forEach(clearInterval);
}

/**
 * Fills the 数据看板 counters of communities that have none yet from their orders and points
 * (stats-timer rebuild): the demo seed writes those straight into the store, not through the
 * functions that move counters. Cheap when every community has counters already (one read each).
 */
export async function fillStats(baseUrl: string, log: (line: string) => void): Promise<void> {
  try {
    const res = await fetch(`${baseUrl}/cloud/stats-timer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'rebuild' }),
    });
    const body = (await res.json()) as { ok?: boolean; data?: { report?: { months: number } } };
    if (!body.ok) log('[stats] 数据看板计数未能补齐，定时任务会再核对');
    else if (body.data?.report?.months) log(`数据看板：已从 ${body.data.report.months} 个月的记录补齐计数`);
  } catch {
    log('[stats] stats-timer could not be reached');
  }
}
