/**
 * The staff pages' table of rows: a caption (for screen readers; seen too with `captionShown`), one header row of
 * column headings (`th scope="col"`) and the page's own rows (`children`: a `<tr className="border-b border-line">`
 * each, its first cell a `th scope="row"`). The page says what it shows; the table's markup and look are said here
 * once. No hooks, no texts of its own: a server component's table (a client component may draw one too, the matrix).
 */
import type { ReactNode } from "react";

/**
 * A column heading; or one with more classes (`text-right` over a column of numbers); or one only screen readers
 * hear (`unseen`, over a column of buttons); `narrow` for a column of checkboxes standing close to the next (`pr-2`,
 * the matrix); `sort` on the column the rows are sorted by (its `aria-sort`; the heading itself may be the link that
 * sorts, the registry's).
 */
export type DataColumn = ReactNode | Column;
type Column = { head: ReactNode; className?: string; unseen?: true; narrow?: true; sort?: "ascending" | "descending" };

function columnOf(column: DataColumn): Column {
  return typeof column === "object" && column !== null && "head" in column ? column : { head: column };
}

/**
 * `className` places the table (its margin, a maximum width); without it the table is placed by the box it stands in
 * (the pipeline's, which holds the table's "see all" links too). With `scroll` the table stands in a box that scrolls
 * sideways on a narrow screen, and `className` is the box's. With `fit` the table is as wide as what it holds, not the
 * page's whole width, and its columns stand further apart (`pr-6`; the rows' cells say the same): the small tables of
 * figures (aanbod, agenda, huisstijl, dashboard). With `captionShown` the caption is seen too, as the table's title
 * (the dashboard's table under each chart).
 */
export function DataTable({
  caption,
  columns,
  className,
  scroll = false,
  fit = false,
  captionShown = false,
  children,
}: {
  caption: ReactNode;
  columns: readonly DataColumn[];
  className?: string;
  scroll?: boolean;
  fit?: boolean;
  captionShown?: boolean;
  children: ReactNode;
}) {
  const look = fit ? "border-collapse text-left" : "w-full border-collapse text-left";
  const cell = fit ? "py-2 pr-6" : "py-2 pr-4";
  const table = (
    <table className={scroll || !className ? look : `${className} ${look}`}>
      <caption className={captionShown ? "text-left font-semibold" : "sr-only"}>{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {columns.map(columnOf).map(({ head, className: more, unseen, narrow, sort }, i) => {
            const own = narrow ? "py-2 pr-2" : cell;
            return (
              <th key={i} scope="col" className={more ? `${own} ${more}` : own} aria-sort={sort}>
                {unseen ? <span className="sr-only">{head}</span> : head}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className={className ? `${className} overflow-x-auto` : "overflow-x-auto"}>{table}</div> : table;
}
