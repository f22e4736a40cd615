// What CPython's site module adds to builtins (_sitebuiltins): exit and quit, copyright, credits, license and help.
import {
  callObject,
  defineMethods,
  E,
  getAttr,
  None,
  newStr,
  type PyDict,
  PyObject,
  PyStr,
  PyType,
  T,
} from "@ophis/objects";
import type { Interpreter } from "../interpreter.js";

/** An object of _sitebuiltins: what it shows, what it prints or does, and the interpreter it writes to. */
class SiteObject extends PyObject {
  constructor(
    type: PyType,
    readonly interp: Interpreter,
    /** The repr; for exit and quit, the name. */
    readonly shown: string,
    /** What calling prints (the printers). */
    readonly text = "",
  ) {
    super(type);
  }
}

function siteType(name: string): PyType {
  const t = new PyType(T.type, name, [T.object]);
  t.setAttr("__module__", newStr("_sitebuiltins"));
  return t;
}

const site = (o: PyObject) => o as SiteObject;

/** `exit` and `quit` as the REPL shows and calls them. */
const QuitterType = siteType("Quitter");
defineMethods(QuitterType, {
  __repr__: (self) => newStr(`Use ${site(self).shown}() or Ctrl-D (i.e. EOF) to exit`),
  __call__: (_self, args) => {
    throw callObject(E.SystemExit, [args.length ? args[0] : None]);
  },
});

/**
 * _Printer: repr shows the text and calling prints it (site shows "Type license() to see the full license text"
 * and pages only for texts longer than 23 lines, which none of these is).
 */
const PrinterType = siteType("_Printer");
defineMethods(PrinterType, {
  __repr__: (self) => newStr(site(self).shown),
  __call__: (self) => {
    site(self).interp.sys.writeOut(`${site(self).text}\n`);
    return None;
  },
});

/** _Helper: interactive help and help(object) are pydoc's, imported when called, as in CPython. */
const HelperType = siteType("_Helper");
defineMethods(HelperType, {
  __repr__: (self) => newStr(site(self).shown),
  __call__: (self, args, kw) => {
    const pydoc = site(self).interp.imports.importName(null, "pydoc", None, 0);
    return callObject(getAttr(pydoc, "help"), args, kw);
  },
});

const CREDITS = [
  "Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software",
  "Foundation, and a cast of thousands for supporting Python",
  "development.  See www.python.org for more information.",
].join("\n");

/** Where site sends license() when the interpreter ships no LICENSE file (Ophis ships none of CPython's). */
const LICENSE_LINK = "See https://www.python.org/psf/license/";

export function installSiteBuiltins(b: PyDict, interp: Interpreter): void {
  for (const name of ["exit", "quit"]) b.setStr(name, new SiteObject(QuitterType, interp, name));
  const copyright = interp.sys.dict.getStr("copyright");
  const copyrightText = copyright instanceof PyStr ? copyright.value : "";
  b.setStr("copyright", new SiteObject(PrinterType, interp, copyrightText, copyrightText));
  b.setStr("credits", new SiteObject(PrinterType, interp, CREDITS, CREDITS));
  b.setStr("license", new SiteObject(PrinterType, interp, LICENSE_LINK, LICENSE_LINK));
  b.setStr(
    "help",
    new SiteObject(
      HelperType,
      interp,
      "Type help() for interactive help, or help(object) for help about object.",
    ),
  );
}
