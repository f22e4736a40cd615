// Python exceptions raised by the ast functions: the one PyException class every Ophis package throws.
export { PyException } from "@ophis/tokenizer";
