// Warnings as CPython's _warnings shows them before the warnings module is imported: the -W options and the
// default filters decide, per warning, whether to print it ("file:line: Category: message" and the source
// line), raise it, or drop it; with a registry "default" prints once per location and "module" once per
// module; "once" prints once.
import { E, type PyType, T } from "@ophis/objects";

interface Filter {
  action: string;
  /** Matches the start of the message, ignoring case; null matches every message. */
  message: RegExp | null;
  category: PyType;
  /** Matches the whole module name; null matches every module. */
  module: RegExp | null;
  /** 0 matches every line. */
  lineno: number;
}

const ACTIONS = ["default", "always", "all", "ignore", "module", "once", "error"];

/** Where a warning is attributed. */
export interface WarningSite {
  filename: string;
  lineno: number;
  /** The module name (the filename without ".py" when the code has no module). */
  module: string;
  /** The stripped source line, or "" when it is not known. */
  sourceLine: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export class Warnings {
  private readonly filters: Filter[] = [];
  /** The warnings "once" already showed (warnings' _onceregistry). */
  private readonly once = new Set<string>();

  constructor(
    warnoptions: readonly string[],
    private readonly writeErr: (text: string) => void,
  ) {
    // The default filters of a release build, then each -W option in front of what came before.
    this.filters.push(
      this.filter("default", null, E.DeprecationWarning, "__main__"),
      this.filter("ignore", null, E.DeprecationWarning, null),
      this.filter("ignore", null, E.PendingDeprecationWarning, null),
      this.filter("ignore", null, E.ImportWarning, null),
      this.filter("ignore", null, E.ResourceWarning, null),
    );
    for (const option of warnoptions) {
      const f = this.parseOption(option);
      if (typeof f === "string") writeErr(`Invalid -W option ignored: ${f}\n`);
      else this.filters.unshift(f);
    }
  }

  private filter(action: string, message: string | null, category: PyType, module: string | null): Filter {
    return {
      action,
      message: message ? new RegExp(`^${escapeRegExp(message)}`, "i") : null,
      category,
      module: module ? new RegExp(`^${escapeRegExp(module)}$`) : null,
      lineno: 0,
    };
  }

  /** warnings._setoption: "action:message:category:module:lineno", every part optional; or why it is invalid. */
  private parseOption(option: string): Filter | string {
    const parts = option.split(":");
    if (parts.length > 5) return `too many fields (max 5): ${JSON.stringify(option).replace(/^"|"$/g, "'")}`;
    const [action = "", message = "", category = "", module = "", lineno = ""] = parts.map((p) => p.trim());
    const full = action === "" ? "default" : ACTIONS.find((a) => a.startsWith(action));
    if (full === undefined) return `invalid action: '${action}'`;
    let cat: PyType = E.Warning;
    if (category !== "") {
      const found = E[category] ?? T[category];
      if (found === undefined) return `unknown warning category: '${category}'`;
      if (!found.isSubtype(E.Warning)) return `invalid warning category: '${category}'`;
      cat = found;
    }
    const line = lineno === "" ? 0 : Number(lineno);
    if (!/^\d*$/.test(lineno)) return `invalid lineno '${lineno}'`;
    if (line < 0) return "lineno must be positive";
    return { ...this.filter(full, message || null, cat, module || null), lineno: line };
  }

  /** The action the filters give a warning (the first that matches; "default" when none does). */
  private actionFor(category: PyType, message: string, site: WarningSite): string {
    for (const f of this.filters) {
      if (f.message !== null && !f.message.test(message)) continue;
      if (!category.isSubtype(f.category)) continue;
      if (f.module !== null && !f.module.test(site.module)) continue;
      if (f.lineno !== 0 && f.lineno !== site.lineno) continue;
      return f.action;
    }
    return "default";
  }

  /**
   * warn_explicit: shows or drops the warning `message` of `category` at `site`, or answers "error" for the caller
   * to raise it. `registry` is the module's __warningregistry__ (what "default" and "module" already showed);
   * without one (compile-time warnings) those actions show every time, as in CPython.
   */
  warn(category: PyType, message: string, site: WarningSite, registry: Set<string> | null): "error" | "done" {
    const action = this.actionFor(category, message, site);
    if (action === "error") return "error";
    if (action === "ignore") return "done";
    const text = `${category.name}\0${message}`;
    if (action === "once") {
      if (this.once.has(text)) return "done";
      this.once.add(text);
    } else if (registry !== null && action !== "always" && action !== "all") {
      const key = action === "module" ? text : `${text}\0${site.lineno}`;
      if (registry.has(key)) return "done";
      registry.add(key);
    }
    const line = site.sourceLine ? `  ${site.sourceLine}\n` : "";
    this.writeErr(`${site.filename}:${site.lineno}: ${category.name}: ${message}\n${line}`);
    return "done";
  }
}

/** The module a file's warnings are attributed to when the code has none: its name without ".py". */
export function moduleFromFilename(filename: string): string {
  return filename.endsWith(".py") ? filename.slice(0, -3) : filename;
}
