import { browser } from 'wxt/browser';

/**
 * Runs `task` just after every local midnight (a missed one fires when the browser wakes).
 * Rescheduled each time rather than repeating every 24 h, so daylight-saving days stay on time.
 */
export function registerDailyAlarm(name: string, task: () => unknown) {
  const schedule = () => {
    const next = new Date();
    next.setHours(24, 0, 5, 0);
    void browser.alarms.create(name, { when: next.getTime() });
  };
  browser.runtime.onInstalled.addListener(schedule);
  browser.runtime.onStartup.addListener(schedule);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== name) return;
    schedule();
    void task();
  });
}
