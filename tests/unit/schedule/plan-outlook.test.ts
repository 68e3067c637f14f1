import { describe, expect, it } from 'vitest';
import { forecastRoadmap, minutesNeeded } from '../../../lib/domain/schedule';
import { planOutlook, type OutlookReply } from '../../../lib/domain/schedule/plan-outlook';
import { importExample, settingsWith } from './schedule-fixtures';

const TODAY = '2025-01-06';

describe('planOutlook', () => {
  it('reports the forecast first, then the minutes a day for each late objective in the user’s order', () => {
    const roadmap = importExample(TODAY);
    const [first, second, third] = roadmap.objectives;
    const objectives = roadmap.objectives.map((o) =>
      o === first
        ? { ...o, targetDate: '2025-02-01' }
        : o === third
          ? { ...o, targetDate: '2025-01-10' }
          : o === second
            ? { ...o, targetDate: '2030-01-01' }
            : o,
    );
    // The third objective is planned first: it is asked about first.
    const settings = settingsWith({ objectiveOrder: [third!.id] });
    const input = { ...roadmap, objectives, settings, today: TODAY };
    const replies: OutlookReply[] = [];
    planOutlook(input, (reply) => replies.push(reply));

    expect(replies[0]).toEqual({ type: 'forecast', forecast: forecastRoadmap(input) });
    expect(replies.slice(1)).toEqual([
      {
        type: 'needed',
        objectiveId: third!.id,
        minutes: minutesNeeded(input, third!.id, '2025-01-10'),
      },
      {
        type: 'needed',
        objectiveId: first!.id,
        minutes: minutesNeeded(input, first!.id, '2025-02-01'),
      },
    ]);
  });

  it('asks nothing more when every target is met', () => {
    const roadmap = importExample(TODAY);
    const objectives = roadmap.objectives.map((o) => ({ ...o, targetDate: '2035-01-01' }));
    const replies: OutlookReply[] = [];
    planOutlook({ ...roadmap, objectives, settings: settingsWith({}), today: TODAY }, (reply) =>
      replies.push(reply),
    );
    expect(replies.map((r) => r.type)).toEqual(['forecast']);
  });
});
