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
