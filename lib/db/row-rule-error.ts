/** A write that breaks a row rule (lib/domain/rows): refused before it reaches IndexedDB. */
export class RowRuleError extends Error {
  constructor(
    readonly table: string,
    readonly reason: string,
  ) {
    super(`a ${table} row was refused: ${reason}`);
    this.name = 'RowRuleError';
  }
}
