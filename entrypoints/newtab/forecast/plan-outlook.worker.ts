import { planOutlook, type OutlookReply } from '../../../lib/domain/schedule/plan-outlook';
import type { PlanInput } from '../../../lib/domain/schedule/plan-types';

// A module worker: on 1,000 projects the forecast and its "minutes a day" searches take long
// enough to hold up clicks if they ran on the page's thread.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Omit<PlanInput, 'days'>>) => void) | null;
  postMessage: (reply: OutlookReply) => void;
};

scope.onmessage = (event) => planOutlook(event.data, (reply) => scope.postMessage(reply));
