/** One row of the full-text index: an object's texts as written and as searchKey() text. */
export interface SearchRow {
  kind: string;
  refId: number;
  route: string;
  title: string;
  body: string;
  titleKey: string;
  bodyKey: string;
}
