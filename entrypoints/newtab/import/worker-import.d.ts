// Vite's `?worker` imports (from vite/client, which tsconfig does not load for the whole project).
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  // eslint-disable-next-line import-x/no-default-export -- Vite's ?worker module shape
  export default WorkerConstructor;
}
