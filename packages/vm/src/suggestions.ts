// "Did you mean" for NameError, AttributeError and ImportError, as traceback._compute_suggestion_error and Python/suggestions.c compute it.
import {
  calculateSuggestion,
  callObject,
  getAttr,
  getAttrOrUndefined,
  None,
  PyAttributeError,
  type PyBaseException,
  PyDict,
  PyList,
  PyNameError,
  type PyObject,
  PyStr,
  type PyTraceback,
} from "@ophis/objects";
import type { Frame } from "./frame.js";
import { frameLocals } from "./traceback-objects.js";

/**
 * getattr that records the missing name and the object on an AttributeError lacking them (CPython's
 * set_attribute_error_context), so the traceback can suggest a close attribute.
 */
export function getAttrWithContext(owner: PyObject, name: string): PyObject {
  try {
    return getAttr(owner, name);
  } catch (e) {
    if (e instanceof PyAttributeError && e.name === None && e.obj === None) {
      e.name = new PyStr(name);
      e.obj = owner;
    }
    throw e;
  }
}

function innermost(tb: PyTraceback | null): Frame | null {
  if (!tb) return null;
  while (tb.next) tb = tb.next;
  return tb.frame as Frame;
}

function keys(o: PyObject): string[] {
  const out: string[] = [];
  if (o instanceof PyDict) for (const e of o.entries()) if (e.key instanceof PyStr) out.push(e.key.value);
  return out;
}

function dirOf(o: PyObject, builtins: PyDict): string[] {
  const dir = builtins.getStr("dir");
  if (!dir) return [];
  const names = callObject(dir, [o]);
  if (!(names instanceof PyList)) return [];
  return names.items.filter((n): n is PyStr => n instanceof PyStr).map((n) => n.value);
}

function sortedNames(names: string[]): string[] {
  return names.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** traceback._compute_suggestion_error: the name to suggest for this exception's missing name, or null. */
export function computeSuggestion(e: PyBaseException, wrongName: string): string | null {
  const frame = innermost(e.traceback);
  try {
    if (e instanceof PyAttributeError) {
      if (!frame) return null;
      let d = sortedNames(dirOf(e.obj, frame.builtins));
      let hide = wrongName[0] !== "_";
      if (hide) {
        const locals = frameLocals(frame);
        if (locals instanceof PyDict && locals.getStr("self") === e.obj) hide = false;
      }
      if (hide) d = d.filter((x) => x[0] !== "_");
      return calculateSuggestion(d, wrongName);
    }
    if (e instanceof PyNameError) {
      if (!frame) return null;
      const locals = frameLocals(frame);
      const d = [...keys(locals), ...keys(frame.globals), ...keys(frame.builtins)];
      if (locals instanceof PyDict) {
        const self = locals.getStr("self");
        if (self !== undefined) {
          let has = false;
          try {
            has = getAttrOrUndefined(self, wrongName) !== undefined;
          } catch {
            has = false;
          }
          if (has) return `self.${wrongName}`;
        }
      }
      return calculateSuggestion(d, wrongName);
    }
  } catch {
    return null;
  }
  return null;
}

/** sys.stdlib_module_names of CPython 3.14: a NameError for one of these asks whether an import was forgotten. */
export const STDLIB_MODULE_NAMES = new Set(
  (
    "__future__ _abc _aix_support _android_support _apple_support _ast _ast_unparse _asyncio _bisect _blake2 _bz2 " +
    "_codecs _codecs_cn _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc " +
    "_colorize _compat_pickle _contextvars _csv _ctypes _curses _curses_panel _datetime _dbm _decimal _elementtree " +
    "_frozen_importlib _frozen_importlib_external _functools _gdbm _hashlib _heapq _hmac _imp _interpchannels " +
    "_interpqueues _interpreters _io _ios_support _json _locale _lsprof _lzma _markupbase _md5 _multibytecodec " +
    "_multiprocessing _opcode _opcode_metadata _operator _osx_support _overlapped _pickle _posixshmem " +
    "_posixsubprocess _py_abc _py_warnings _pydatetime _pydecimal _pyio _pylong _pyrepl _queue _random " +
    "_remote_debugging _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat " +
    "_statistics _string _strptime _struct _suggestions _symtable _sysconfig _thread _threading_local _tkinter " +
    "_tokenize _tracemalloc _types _typing _uuid _warnings _weakref _weakrefset _winapi _wmi _zoneinfo _zstd abc " +
    "annotationlib antigravity argparse array ast asyncio atexit base64 bdb binascii bisect builtins bz2 cProfile " +
    "calendar cmath cmd code codecs codeop collections colorsys compileall compression concurrent configparser " +
    "contextlib contextvars copy copyreg csv ctypes curses dataclasses datetime dbm decimal difflib dis doctest " +
    "email encodings ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools " +
    "gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib " +
    "importlib inspect io ipaddress itertools json keyword linecache locale logging lzma mailbox marshal math " +
    "mimetypes mmap modulefinder msvcrt multiprocessing netrc nt ntpath nturl2path numbers opcode operator " +
    "optparse os pathlib pdb pickle pickletools pkgutil platform plistlib poplib posix posixpath pprint profile " +
    "pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource " +
    "rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtplib socket socketserver " +
    "sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess symtable " +
    "sys sysconfig syslog tabnanny tarfile tempfile termios textwrap this threading time timeit tkinter token " +
    "tokenize tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib " +
    "uuid venv warnings wave weakref webbrowser winreg winsound wsgiref xml xmlrpc zipapp zipfile zipimport zlib " +
    "zoneinfo"
  ).split(" "),
);
