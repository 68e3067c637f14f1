/** The User Timing mark set when today's plan or the welcome is first on screen. */
export const PLAN_RENDERED = 'waymark:plan-rendered';
