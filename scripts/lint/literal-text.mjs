/**
 * eslint rule `samenkracht/no-literal-text`: interface text lives in the catalogue (src/i18n), not in JSX.
 * It reports, in a .tsx file:
 * - JSX text with a word in it (`<p>Opslaan</p>`);
 * - a string for a text attribute (`label="Naam"`, `aria-label`, `title`, `placeholder`, `alt`, …);
 * - a string or template literal rendered as a child, also as a branch of `?:`, `&&` or `||`
 *   (`{busy ? "Bezig…" : "Opslaan"}`).
 * Punctuation, symbols, numbers and the few words that are the same in every language (NEUTRAL) pass.
 * Class names, ids, hrefs and other attributes are code and pass. tests/unit/lint-text.test.ts shows it.
 */

const TEXT_ATTRIBUTES = new Set([
  "label",
  "title",
  "placeholder",
  "aria-label",
  "aria-description",
  "aria-valuetext",
  "alt",
  "hint",
  "description",
  "legend",
  "summary",
  "heading",
  "caption",
]);

/** Names and abbreviations that read the same in Dutch and English. */
const NEUTRAL = /\b(?:Samenkracht|CSV|JSON|PDF|API|OpenAPI|URL|ID)\b/g;

const hasWord = (text) => /\p{L}{2,}/u.test(text.replace(NEUTRAL, ""));

/** Is this expression what a JSX child or a text attribute shows (directly or as a branch)? */
function renderedAsChild(node) {
  let current = node;
  let parent = node.parent;
  while (
    parent &&
    ((parent.type === "ConditionalExpression" && parent.test !== current) ||
      (parent.type === "LogicalExpression" && (parent.right === current || parent.operator !== "&&")) ||
      parent.type === "TSAsExpression")
  ) {
    current = parent;
    parent = parent.parent;
  }
  if (parent?.type !== "JSXExpressionContainer") return false;
  const holder = parent.parent;
  if (holder?.type === "JSXElement" || holder?.type === "JSXFragment") return true;
  return holder?.type === "JSXAttribute" && holder.name.type === "JSXIdentifier" && TEXT_ATTRIBUTES.has(holder.name.name);
}

const MESSAGE = "Interface text belongs in the catalogue (src/i18n): read it as t.<section>.<key>, or take it as a prop from the page.";

const noLiteralText = {
  meta: {
    type: "problem",
    docs: { description: "Interface text lives in the catalogue (src/i18n), not in JSX" },
    schema: [],
    messages: { literal: `${MESSAGE} Found: "{{text}}"` },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: "literal", data: { text: text.trim().replace(/\s+/g, " ").slice(0, 60) } });
    const literal = (node, text) => {
      if (hasWord(text) && renderedAsChild(node)) report(node, text);
    };
    return {
      JSXText(node) {
        if (hasWord(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const name = node.name.type === "JSXIdentifier" ? node.name.name : "";
        const value = node.value;
        // `label="Naam"`; `label={"Naam"}` and `label={x ? "A" : "B"}` are Literal nodes below.
        if (TEXT_ATTRIBUTES.has(name) && value?.type === "Literal" && typeof value.value === "string" && hasWord(value.value))
          report(value, value.value);
      },
      Literal(node) {
        if (typeof node.value === "string") literal(node, node.value);
      },
      TemplateLiteral(node) {
        literal(node, node.quasis.map((q) => q.value.cooked ?? "").join(" "));
      },
    };
  },
};

export const literalTextPlugin = { rules: { "no-literal-text": noLiteralText } };
