/**
 * Pages saved from a JSP, ASP or PHP source keep their server-side directives and scriptlets
 * (<%@ page … %>, <% … %>, <?php … ?>); the HTML parser reads most of them as text. They are
 * blanked with spaces, newlines kept, so that every offset still points into the original text.
 */
export function blankServerDirectives(text: string): string {
  if (!text.includes("<%") && !text.includes("<?")) return text;
  let out = "";
  let from = 0;
  for (;;) {
    const percent = text.indexOf("<%", from);
    const question = text.indexOf("<?", from);
    const start = percent === -1 ? question : question === -1 ? percent : Math.min(percent, question);
    if (start === -1) break;
    const closer = start === percent ? "%>" : "?>";
    const end = text.indexOf(closer, start + 2);
    if (end === -1) break;
    out += text.slice(from, start) + text.slice(start, end + 2).replace(/[^\n]/g, " ");
    from = end + 2;
  }
  return out + text.slice(from);
}
