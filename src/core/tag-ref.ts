/** A tag and the commit it points at (annotated tags are peeled), as git lists it. */
export interface TagRef {
  /** The name under refs/tags/, e.g. `prompts/support/triage@1.2.0`. */
  name: string;
  commit: string;
  /** The tag's date (the tagger's for an annotated tag, else the commit's), ISO 8601. */
  date: string;
}
