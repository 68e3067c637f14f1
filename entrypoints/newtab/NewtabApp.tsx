import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import type { WaymarkDatabase } from '../../lib/db/database';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { Planner } from './Planner';

/** Opens the database, then shows the planner; a database that cannot open gets a message. */
export function NewtabApp() {
  const [db, setDb] = useState<WaymarkDatabase | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void openDatabaseForPage(setProblem).then((result) =>
      result.ok ? setDb(result.db) : setProblem(result.message),
    );
  }, []);
  if (problem) {
    return (
      <main>
        <Notice tone="error">{problem}</Notice>
      </main>
    );
  }
  return <main>{db ? <Planner db={db} /> : null}</main>;
}
