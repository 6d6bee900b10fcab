import type { Messages } from "@/i18n/messages";

/**
 * The letter index above a long alphabetical list (the public register, the national view): one link per first
 * letter to the page where it starts; "#" for names that do not start with a letter. Plain links, so they work
 * without JavaScript and from the public cache. Styled by `.letter-index` in globals.css (one rule, not the same
 * classes on 27 links in the HTML and again in React's payload).
 */
export function LetterIndex({
  letters,
  href,
  texts,
}: {
  letters: { letter: string; page: number }[];
  href: (page: number) => string;
  texts: Pick<Messages["publicPages"]["partners"], "letterNav" | "nonLetter" | "letter">;
}) {
  return (
    <nav aria-label={texts.letterNav} className="mt-4">
      <ul className="letter-index">
        {letters.map((l) => (
          <li key={l.letter}>
            <a href={href(l.page)}>
              <span className="sr-only">{l.letter === "#" ? texts.nonLetter : texts.letter}</span>
              <span aria-hidden={l.letter === "#" ? true : undefined}>{l.letter}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
