// POSIX path arithmetic for the import system, without node:path (the VM runs in browsers too).

export function joinPath(dir: string, name: string): string {
  if (dir === "") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** os.path.dirname: everything before the last slash, keeping a lone root slash. */
export function dirName(path: string): string {
  const i = path.lastIndexOf("/");
  if (i < 0) return "";
  const head = path.slice(0, i + 1);
  return /^\/+$/.test(head) ? head : head.replace(/\/+$/, "");
}

export function isAbsolute(path: string): boolean {
  return path.startsWith("/");
}

/** os.path.abspath against a working directory: joins, then folds "." and ".." segments. */
export function absPath(path: string, cwd: string): string {
  const full = isAbsolute(path) ? path : joinPath(cwd, path);
  const out: string[] = [];
  for (const seg of full.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `/${out.join("/")}`;
}
