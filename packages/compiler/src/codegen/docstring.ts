// _PyCompile_CleanDoc: docstrings lose their common indentation at compile time (3.13+).

function expandTabs(s: string): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

export function cleanDoc(doc: string): string {
  const text = expandTabs(doc);
  const lines = text.split("\n");
  let margin = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let indent = 0;
    while (indent < line.length && line[indent] === " ") indent++;
    if (indent < line.length && indent < margin) margin = indent;
  }
  if (margin === Number.MAX_SAFE_INTEGER) margin = 0;
  const out: string[] = [];
  out.push(lines[0].replace(/^ +/, ""));
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    let k = 0;
    while (k < margin && k < line.length && line[k] === " ") k++;
    out.push(line.slice(k));
  }
  return out.join("\n");
}
