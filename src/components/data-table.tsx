/**
 * The staff pages' table of rows: a caption for screen readers, one header row of column headings (`th scope="col"`)
 * and the page's own rows (`children`: a `<tr className="border-b border-line">` each, its first cell a
 * `th scope="row"`). The page says what it shows; the table's markup and look are said here once. No hooks, no
 * texts of its own: a server component's table.
 */
import type { ReactNode } from "react";

/**
 * A column heading; or one with more classes (`text-right` over a column of numbers); or one only screen readers
 * hear (`unseen`, over a column of buttons).
 */
export type DataColumn = ReactNode | { head: ReactNode; className?: string; unseen?: true };

function columnOf(column: DataColumn): { head: ReactNode; className?: string; unseen?: true } {
  return typeof column === "object" && column !== null && "head" in column ? column : { head: column };
}

/**
 * `className` places the table (its margin, a maximum width). With `scroll` the table stands in a box that scrolls
 * sideways on a narrow screen, and `className` is the box's.
 */
export function DataTable({
  caption,
  columns,
  className,
  scroll = false,
  children,
}: {
  caption: ReactNode;
  columns: readonly DataColumn[];
  className: string;
  scroll?: boolean;
  children: ReactNode;
}) {
  const table = (
    <table className={scroll ? "w-full border-collapse text-left" : `${className} w-full border-collapse text-left`}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {columns.map(columnOf).map(({ head, className: more, unseen }, i) => (
            <th key={i} scope="col" className={more ? `py-2 pr-4 ${more}` : "py-2 pr-4"}>
              {unseen ? <span className="sr-only">{head}</span> : head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className={`${className} overflow-x-auto`}>{table}</div> : table;
}
