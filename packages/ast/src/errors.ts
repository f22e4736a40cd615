// Python exceptions raised by the ast functions, carrying CPython's exception type name and message.

/** A Python exception: `pyType` is CPython's class name ("ValueError"), `message` is str(exc). */
export class PyException extends Error {
  constructor(
    readonly pyType: string,
    message: string,
  ) {
    super(message);
    this.name = pyType;
  }
}
