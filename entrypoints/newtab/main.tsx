import { render } from 'preact';
import { readTodaySnapshot } from '../../lib/db/read-today-snapshot';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { FirstPaint } from './FirstPaint';
import './style.css';

// The first screen paints from one stored row read with raw IndexedDB; Dexie, the planner and
// every other view load afterwards (live-app.tsx) and take over the same DOM.
const root = document.body.querySelector('#app') ?? document.body;
const { database, snapshot } = await readTodaySnapshot();
const today = snapshot?.view.day === epochToDay(Date.now()) ? snapshot.view : null;
render(<FirstPaint view={today} firstRun={!database} />, root);
if (today || !database) performance.mark('waymark:plan-rendered');

const { mountLiveApp } = await import('./live-app');
mountLiveApp(root, today);
