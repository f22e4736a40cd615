// open(): text and binary files read from and written back to the host, with CPython's errors.
import {
  callObject,
  E,
  None,
  newError,
  newInt,
  newStr,
  PyInt,
  type PyObject,
  PyStr,
  typeError,
  valueError,
} from "@ophis/objects";
import { absPath } from "../imports/paths.js";
import type { Interpreter } from "../interpreter.js";
import { bindArgs } from "./exec.js";
import {
  BufferedRandomType,
  BufferedReaderType,
  BufferedWriterType,
  decodeText,
  lookupCodec,
  PyFile,
  TextIOWrapperType,
} from "./textio.js";

function osError(errno: number, message: string, file: PyObject): PyObject {
  return callObject(E.OSError, [newInt(errno), newStr(message), file]);
}

/** Parses open()'s mode as _io.open does: one of r/w/a/x, optional +, optional b or t. */
function parseMode(mode: string) {
  const counts = new Map<string, number>();
  for (const c of mode) {
    if (!"rwaxbt+".includes(c) || counts.has(c)) throw valueError(`invalid mode: '${mode}'`);
    counts.set(c, 1);
  }
  const kinds = ["r", "w", "a", "x"].filter((c) => counts.has(c));
  if (counts.has("b") && counts.has("t")) throw valueError("can't have text and binary mode at once");
  if (kinds.length > 1) throw valueError("must have exactly one of create/read/write/append mode");
  if (kinds.length === 0)
    throw valueError("Must have exactly one of create/read/write/append mode and at most one plus");
  return { kind: kinds[0], plus: counts.has("+"), binary: counts.has("b") };
}

export function openFile(interp: Interpreter, args: PyObject[], kw: readonly string[] | null): PyObject {
  const [file, modeObj, , encoding, errorsObj] = bindArgs(
    "open",
    ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
    1,
    args,
    kw,
  );
  if (!(file instanceof PyStr)) {
    if (file instanceof PyInt) throw osError(9, "Bad file descriptor", None);
    throw typeError(`expected str, bytes or os.PathLike object, not ${file!.type.name}`);
  }
  const mode = modeObj === undefined ? "r" : modeObj instanceof PyStr ? modeObj.value : "";
  if (!(modeObj === undefined || modeObj instanceof PyStr))
    throw typeError(`open() argument 'mode' must be str, not ${modeObj.type.name}`);
  const { kind, plus, binary } = parseMode(mode);
  if (binary && encoding !== undefined && encoding !== None)
    throw valueError("binary mode doesn't take an encoding argument");
  if (binary && errorsObj !== undefined && errorsObj !== None)
    throw valueError("binary mode doesn't take an errors argument");
  const host = interp.host;
  const path = absPath(file.value, interp.cwd);
  const stat = host.stat?.(path) ?? null;
  if (stat?.isDirectory) throw osError(21, "Is a directory", file);
  const existing = host.readFile(path);
  if (kind === "r" && existing === null) throw osError(2, "No such file or directory", file);
  if (kind === "x" && existing !== null) throw osError(17, "File exists", file);
  const canRead = kind === "r" || plus;
  const canWrite = kind !== "r" || plus;
  if (canWrite && !host.writeFile) throw osError(30, "Read-only file system", file);
  const save = (data: Uint8Array) => {
    if (!host.writeFile!(path, data)) throw osError(2, "No such file or directory", file);
  };
  const type = !binary
    ? TextIOWrapperType
    : plus
      ? BufferedRandomType
      : kind === "r"
        ? BufferedReaderType
        : BufferedWriterType;
  let codec = "utf-8";
  let encodingName = "utf-8";
  if (!binary && encoding !== undefined && encoding !== None) {
    if (!(encoding instanceof PyStr))
      throw typeError(`open() argument 'encoding' must be str or None, not ${encoding.type.name}`);
    const known = lookupCodec(encoding.value);
    if (known === null) throw newError("LookupError", `unknown encoding: ${encoding.value}`);
    codec = known;
    encodingName = encoding.value;
  }
  let errors = "strict";
  if (!binary && errorsObj !== undefined && errorsObj !== None) {
    if (!(errorsObj instanceof PyStr))
      throw typeError(`open() argument 'errors' must be str or None, not ${errorsObj.type.name}`);
    errors = errorsObj.value;
  }
  const f = new PyFile(type, file, mode, binary, canRead, canWrite, { save }, errors, encodingName);
  const keep = kind === "r" || kind === "a";
  const initial = keep && existing !== null ? existing : new Uint8Array(0);
  if (binary) f.bytes = new Uint8Array(initial);
  else f.text = decodeText(initial, codec, errors);
  if (kind === "a") f.pos = binary ? f.bytes.length : f.text.length;
  // "w" and "x" create or empty the file at once, as the OS open() does.
  if (kind === "w" || kind === "x") {
    f.dirty = true;
    f.flush();
  }
  return f;
}
