/** A note we refuse to import; the message is shown to users as is. */
export class RoadmapInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoadmapInputError';
  }
}
