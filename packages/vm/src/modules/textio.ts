// File objects: the standard streams over the host, and open()'s text and binary files held in memory.
import {
  callObject,
  codecName,
  decodeBytes,
  defineGetSets,
  defineMethods,
  E,
  encodeText as encodeInCodec,
  False,
  index,
  intFrom,
  iterate,
  None,
  newBytes,
  newError,
  newList,
  newStr,
  PyBytes,
  PyObject,
  PyStr,
  PyType,
  pyBool,
  repr,
  T,
  True,
  typeError,
} from "@ophis/objects";

function ioType(name: string, bases: PyType[] = [T.object]): PyType {
  const t = new PyType(T.type, name, bases);
  t.setAttr("__module__", newStr("_io"));
  t.setDottedName(`_io.${name}`);
  return t;
}

export const TextIOWrapperType = ioType("TextIOWrapper");
export const BufferedReaderType = ioType("BufferedReader");
export const BufferedWriterType = ioType("BufferedWriter");
export const BufferedRandomType = ioType("BufferedRandom");
const UnsupportedOperation = new PyType(T.type, "UnsupportedOperation", [E.OSError, E.ValueError]);
UnsupportedOperation.setAttr("__module__", newStr("io"));

/** Where a file's data lives: a host stream (read a line at a time, or written through) or memory. */
export interface Backing {
  /** Standard input: one line at a time from the host. */
  readLine?(): string | null;
  /** Standard output and error: written through at once. */
  write?(text: string): void;
  /** open()'s files: the whole content, written back to the host on flush and close. */
  save?(data: Uint8Array): void;
}

export class PyFile extends PyObject {
  closed = false;
  /** Text files: the content as a string; binary files: bytes. Position in code points or bytes. */
  text = "";
  bytes: Uint8Array = new Uint8Array(0);
  pos = 0;
  dirty = false;
  constructor(
    type: PyType,
    readonly name: PyObject,
    readonly mode: string,
    readonly binary: boolean,
    readonly canRead: boolean,
    readonly canWrite: boolean,
    readonly backing: Backing,
    readonly errors = "strict",
    /** The encoding as open() was given it (shown by .encoding and repr). */
    readonly encoding = "utf-8",
  ) {
    super(type);
    this.codec = lookupCodec(encoding) ?? "utf-8";
  }

  /** The codec's canonical name: 'utf-8', 'utf-16-le', 'latin-1', ... */
  readonly codec: string;

  check(): void {
    if (this.closed) throw newError("ValueError", "I/O operation on closed file.");
  }

  checkReadable(): void {
    this.check();
    if (!this.canRead) throw unsupported("not readable");
  }

  checkWritable(): void {
    this.check();
    if (!this.canWrite) throw unsupported("not writable");
  }

  flush(): void {
    if (this.dirty && this.backing.save) {
      this.backing.save(this.binary ? this.bytes : encodeText(this.text, this.codec, this.errors));
      this.dirty = false;
    }
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
  }

  readLine(limit = -1): string | Uint8Array {
    this.checkReadable();
    if (this.backing.readLine) return this.backing.readLine() ?? "";
    if (this.binary) {
      let end = this.bytes.indexOf(10, this.pos);
      end = end < 0 ? this.bytes.length : end + 1;
      if (limit >= 0) end = Math.min(end, this.pos + limit);
      const out = this.bytes.slice(this.pos, end);
      this.pos = end;
      return out;
    }
    let end = this.text.indexOf("\n", this.pos);
    end = end < 0 ? this.text.length : end + 1;
    if (limit >= 0) end = Math.min(end, this.pos + limit);
    const out = this.text.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  read(size = -1): string | Uint8Array {
    this.checkReadable();
    if (this.backing.readLine) {
      let out = "";
      for (let line = this.backing.readLine(); line !== null; line = this.backing.readLine()) out += line;
      return out;
    }
    const data = this.binary ? this.bytes : this.text;
    const end = size < 0 ? data.length : Math.min(data.length, this.pos + size);
    const out = data.slice(this.pos, end);
    this.pos = end;
    return out;
  }

  write(data: string | Uint8Array): void {
    this.checkWritable();
    if (typeof data === "string" && this.backing.write) {
      this.backing.write(data);
      return;
    }
    if (this.mode.startsWith("a")) this.pos = this.binary ? this.bytes.length : this.text.length;
    if (typeof data === "string") {
      // Text is encoded as it is written, so an unencodable character fails this write() as in CPython.
      encodeText(data, this.codec, this.errors);
      this.text = this.text.slice(0, this.pos) + data + this.text.slice(this.pos + data.length);
      this.pos += data.length;
    } else {
      const end = Math.max(this.bytes.length, this.pos + data.length);
      const next = new Uint8Array(end);
      next.set(this.bytes);
      next.set(data, this.pos);
      this.bytes = next;
      this.pos += data.length;
    }
    this.dirty = true;
  }
}

function unsupported(message: string): PyObject {
  return callObject(UnsupportedOperation, [newStr(message)]);
}

function asFile(self: PyObject): PyFile {
  return self as PyFile;
}

function wrap(data: string | Uint8Array): PyObject {
  return typeof data === "string" ? newStr(data) : newBytes(data);
}

function sizeArg(o: PyObject | undefined): number {
  return o === undefined || o === None ? -1 : Number(index(o));
}

function readLines(f: PyFile): PyObject[] {
  const lines: PyObject[] = [];
  for (;;) {
    const line = f.readLine();
    if (line.length === 0) return lines;
    lines.push(wrap(line));
  }
}

function writeValue(f: PyFile, value: PyObject): number {
  if (f.binary) {
    if (!(value instanceof PyBytes))
      throw typeError(`a bytes-like object is required, not '${value.type.name}'`);
    f.write(value.value);
    return value.value.length;
  }
  if (!(value instanceof PyStr)) throw typeError(`write() argument must be str, not ${value.type.name}`);
  f.write(value.value);
  return value.length;
}

const fileMethods: Parameters<typeof defineMethods>[1] = {
  read: (self, [size]) => {
    const f = asFile(self);
    return wrap(f.read(sizeArg(size)));
  },
  readline: (self, [size]) => {
    const f = asFile(self);
    return wrap(f.readLine(sizeArg(size)));
  },
  readlines: (self) => newList(readLines(asFile(self))),
  write: (self, [value]) => intFrom(writeValue(asFile(self), value)),
  writelines: (self, [lines]) => {
    for (const line of iterate(lines)) writeValue(asFile(self), line);
    return None;
  },
  flush: (self) => {
    asFile(self).check();
    asFile(self).flush();
    return None;
  },
  close: (self) => {
    asFile(self).close();
    return None;
  },
  readable: (self) => {
    asFile(self).check();
    return pyBool(asFile(self).canRead);
  },
  writable: (self) => {
    asFile(self).check();
    return pyBool(asFile(self).canWrite);
  },
  seekable: (self) => {
    asFile(self).check();
    return pyBool(asFile(self).backing.save !== undefined);
  },
  isatty: (self) => {
    asFile(self).check();
    return False;
  },
  seek: (self, [offset, whence]) => {
    const f = asFile(self);
    f.check();
    const w = whence === undefined ? 0 : Number(index(whence));
    const n = Number(index(offset));
    const size = f.binary ? f.bytes.length : f.text.length;
    if (w === 0) {
      if (n < 0) throw newError("ValueError", `negative seek position ${n}`);
      f.pos = n;
    } else if (w === 2) f.pos = size + n;
    else f.pos += n;
    return intFrom(f.pos);
  },
  tell: (self) => {
    const f = asFile(self);
    f.check();
    // Text positions are UTF-8 byte offsets, which is what CPython's cookie is for utf-8 files.
    return intFrom(f.binary ? f.pos : encodeText(f.text.slice(0, f.pos), f.codec).length);
  },
  __enter__: (self) => {
    asFile(self).check();
    return self;
  },
  __exit__: (self) => {
    asFile(self).close();
    return None;
  },
  __iter__: (self) => {
    asFile(self).check();
    return self;
  },
  __next__: (self) => {
    const f = asFile(self);
    const line = f.readLine();
    if (line.length === 0) throw newError("StopIteration", null);
    return wrap(line);
  },
  __repr__: (self) => {
    const f = asFile(self);
    const typeName = `_io.${f.type.name}`;
    if (f.binary) return newStr(`<${typeName} name=${repr(f.name)}>`);
    return newStr(
      `<${typeName} name=${repr(f.name)} mode=${repr(newStr(f.mode))} encoding=${repr(newStr(f.encoding))}>`,
    );
  },
};

for (const t of [TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
  defineMethods(t, fileMethods);
  defineGetSets(t, {
    closed: [(self) => pyBool(asFile(self).closed)],
    name: [(self) => asFile(self).name],
    mode: [(self) => newStr(asFile(self).mode)],
  });
}
defineGetSets(TextIOWrapperType, {
  encoding: [(self) => newStr(asFile(self).encoding)],
  errors: [(self) => newStr(asFile(self).errors)],
  newlines: [() => None],
  line_buffering: [() => True],
});

/** The canonical codec name for `name`, or null when Ophis has no such codec. */
export function lookupCodec(name: string): string | null {
  return codecName(name);
}

/** Decodes a text file's bytes with universal newlines, as open()'s default text mode reads. */
export function decodeText(data: Uint8Array, codec = "utf-8", errors = "strict"): string {
  return decodeBytes(data, codec, errors).replace(/\r\n?/g, "\n");
}

/** Encodes text for a file in its codec, with CPython's UnicodeEncodeError for unencodable characters. */
export function encodeText(text: string, codec: string, errors = "strict"): Uint8Array {
  return encodeInCodec(text, codec, errors);
}
