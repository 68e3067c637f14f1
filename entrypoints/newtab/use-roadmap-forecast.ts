import { useEffect, useState } from 'preact/hooks';
import type { RoadmapForecast } from '../../lib/domain/schedule/forecast-roadmap';
import {
  lateObjectives,
  planOutlook,
  type OutlookReply,
} from '../../lib/domain/schedule/plan-outlook';
import type { PlanInput } from '../../lib/domain/schedule/plan-types';
import OutlookWorker from './forecast/plan-outlook.worker.ts?worker';
import { startWorker } from './start-worker';

const NONE: ReadonlyMap<string, number | null> = new Map();

/**
 * The roadmap played to its end and, for each late objective, the minutes a day that would make
 * it, worked out in a worker so the page stays free for clicks (where workers are missing, on
 * this thread a task after the rows paint). A change of input stops the work for the old one.
 * Until a new answer arrives the last one stays on screen.
 */
export function useRoadmapForecast(input: Omit<PlanInput, 'days'> | null) {
  const [forecast, setForecast] = useState<RoadmapForecast | null>(null);
  const [needed, setNeeded] = useState(NONE);
  useEffect(() => {
    if (!input) return;
    const receive = (reply: OutlookReply) => {
      if (reply.type === 'needed') {
        setNeeded((last) => new Map(last).set(reply.objectiveId, reply.minutes));
        return;
      }
      const stillLate = new Set(lateObjectives(input, reply.forecast).map(([id]) => id));
      setForecast(reply.forecast);
      setNeeded((last) => new Map([...last].filter(([id]) => stillLate.has(id))));
    };
    const worker = startWorker(OutlookWorker, 'plan-outlook');
    if (worker) {
      worker.onmessage = (event: MessageEvent<OutlookReply>) => receive(event.data);
      worker.postMessage(input);
      return () => worker.terminate();
    }
    const timer = setTimeout(() => planOutlook(input, receive), 0);
    return () => clearTimeout(timer);
  }, [input]);
  return { forecast, needed };
}
