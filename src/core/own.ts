/**
 * `record[key]` when it is the record's OWN property, else undefined. Ids are data written by
 * questionnaire authors: an item called `constructor`, `toString` or `valueOf` must read as
 * "no answer yet" on a plain object, never as the function every object inherits.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
