import { useRef } from 'preact/hooks';
import type { ObjectiveChoices } from '../../../components/import/ImportPreview';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { withObjectiveLeftOut } from '../../../lib/domain/roadmap/with-objective-left-out';
import type { ParsedRoadmap } from '../../../lib/domain/roadmap/parsed-roadmap';
import { previewParsedImport, type ImportPreview } from '../../../lib/services/import-roadmap';

/** A change of the objectives left out: the preview it started from, and the one it gave. */
interface ObjectiveChoiceRequest {
  origin: ImportPreview;
  leftOut: string[];
  result?: ImportPreview;
}

/**
 * The objective checkboxes of a preview: each click works the preview out again with that objective
 * taken in or left out, writing nothing. `show` gets the newer preview of the note `parsed` once
 * it is the latest choice.
 */
export function useObjectiveChoice(
  db: WaymarkDatabase,
  show: (parsed: ParsedRoadmap, next: ImportPreview) => void,
  onError: (failure: unknown) => void,
): (preview: ImportPreview) => ObjectiveChoices {
  const latest = useRef<ObjectiveChoiceRequest | null>(null);

  function choose(preview: ImportPreview, path: string, takeIn: boolean) {
    const { parsed, text, source } = preview;
    // Quick clicks build on each other's choice, not on a preview still being worked out.
    const last = latest.current;
    const chained = last !== null && (last.origin === preview || last.result === preview);
    const leftOut = withObjectiveLeftOut(chained ? last.leftOut : preview.leftOut, path, !takeIn);
    const request: ObjectiveChoiceRequest = { origin: preview, leftOut };
    latest.current = request;
    const base = preview.base ? { base: preview.base } : {};
    previewParsedImport(db, parsed, text, source, { leftOut, ...base }).then((next) => {
      request.result = next;
      if (latest.current === request) show(parsed, next);
    }, onError);
  }

  return (preview) => ({
    objectives: preview.objectives,
    leftOut: preview.leftOutObjectives,
    nothingLeft: preview.nothingLeft,
    onChange: (path, takeIn) => choose(preview, path, takeIn),
  });
}
