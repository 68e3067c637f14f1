import type { DBCore, Middleware } from 'dexie';
import { rowProblem } from '../domain/rows/row-problem';
import { isUserTable } from '../domain/rows/user-tables';
import { RowRuleError } from './row-rule-error';

/**
 * Every row written to a user table passes the same rules a restored backup must pass, whichever
 * service writes it: what Waymark stores, its export and restore always accept.
 */
export const checkRowsOnWrite: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'checkRowsOnWrite',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!isUserTable(name)) return table;
      return {
        ...table,
        mutate: (request) => {
          if (request.type === 'add' || request.type === 'put') {
            for (const row of request.values) {
              const problem = rowProblem(name, row);
              if (problem !== null) return Promise.reject(new RowRuleError(name, problem));
            }
          }
          return table.mutate(request);
        },
      };
    },
  }),
};
