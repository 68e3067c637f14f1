import { parseNote } from './parse-note';
import type { ParseReply, ParseRequest } from './parse-protocol';

// A module worker: the markdown parser runs here so a large note never freezes the page.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null;
  postMessage: (reply: ParseReply) => void;
};

scope.onmessage = (event) => parseNote(event.data, (reply) => scope.postMessage(reply));
